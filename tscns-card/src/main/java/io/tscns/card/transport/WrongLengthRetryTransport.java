package io.tscns.card.transport;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A transport decorator that resends a command once with the right Le when the card answers SW 6Cxx ("wrong Le;
 * xx bytes available", ISO/IEC 7816-4 §5.6), as T=0 cards and some T=1 cards do. A second 6Cxx is returned to the
 * caller unchanged. Copies of the command made for the resend are wiped. Not thread-safe, like the transports it
 * wraps.
 *
 * @since 0.1.0
 */
public final class WrongLengthRetryTransport implements CardTransport {

    private final CardTransport delegate;

    /**
     * Wraps a transport.
     *
     * @param delegate the transport that reaches the card
     */
    public WrongLengthRetryTransport(CardTransport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public byte[] transmit(byte[] command) {
        byte[] raw = delegate.transmit(command);
        if (raw == null || raw.length != 2 || (raw[0] & 0xFF) != 0x6C) {
            return raw;
        }
        CommandApdu parsed;
        try {
            parsed = CommandApdu.parse(command);
        } catch (MalformedApduException e) {
            return raw;
        }
        int available = (raw[1] & 0xFF) == 0 ? CommandApdu.MAX_SHORT_NE : raw[1] & 0xFF;
        CommandApdu resend = parsed.withNe(available);
        byte[] encoded = resend.encode();
        try {
            return delegate.transmit(encoded);
        } finally {
            Arrays.fill(encoded, (byte) 0);
            resend.wipe();
            parsed.wipe();
        }
    }
}
