package io.tscns.card.transport;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.apdu.ResponseApdu;
import java.util.Arrays;
import java.util.Objects;

/**
 * A transport decorator that sends a command too long for a short APDU as a chain of short ones (<i>concatenamento
 * dei comandi</i>, ISO/IEC 7816-4 §5.1.1.1): the data is cut into pieces of at most 255 bytes, every piece but the
 * last carries CLA bit 0x10, and only the last carries Le (at most 256; the card delivers a longer answer with SW
 * 61xx). This is how OpenSC sends the 257-byte PSO DECIPHER of a 2048-bit key to a card without extended length
 * ({@code docs/pcsc.md §5}: {@code 10 2A 80 86 FF ...} then {@code 00 2A 80 86 02 ... 00}).
 *
 * <p>Commands that fit a short APDU pass through unchanged. If the card refuses a piece, its response is returned
 * and the chain stops. Copies of the command data are wiped. Not thread-safe, like the transports it wraps.
 *
 * @since 0.1.0
 */
public final class CommandChainingTransport implements CardTransport {

    /** The CLA bit that says "more pieces follow". */
    public static final int CHAINING_BIT = 0x10;

    private final CardTransport delegate;

    /**
     * Wraps a transport.
     *
     * @param delegate the transport that reaches the card
     */
    public CommandChainingTransport(CardTransport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public byte[] transmit(byte[] command) {
        CommandApdu parsed;
        try {
            parsed = CommandApdu.parse(command);
        } catch (MalformedApduException e) {
            return delegate.transmit(command);
        }
        if (!parsed.isExtended()) {
            parsed.wipe();
            return delegate.transmit(command);
        }
        byte[] data = parsed.data();
        try {
            int offset = 0;
            while (data.length - offset > CommandApdu.MAX_SHORT_NC) {
                byte[] piece = Arrays.copyOfRange(data, offset, offset + CommandApdu.MAX_SHORT_NC);
                byte[] raw = send(
                        CommandApdu.of(parsed.cla() | CHAINING_BIT, parsed.ins(), parsed.p1(), parsed.p2(), piece),
                        piece);
                if (!isSuccess(raw)) {
                    return raw;
                }
                offset += CommandApdu.MAX_SHORT_NC;
            }
            byte[] last = Arrays.copyOfRange(data, offset, data.length);
            return send(
                    CommandApdu.of(
                            parsed.cla(),
                            parsed.ins(),
                            parsed.p1(),
                            parsed.p2(),
                            last,
                            Math.min(parsed.ne(), CommandApdu.MAX_SHORT_NE)),
                    last);
        } finally {
            Arrays.fill(data, (byte) 0);
            parsed.wipe();
        }
    }

    private byte[] send(CommandApdu piece, byte[] pieceData) {
        byte[] encoded = piece.encode();
        try {
            return delegate.transmit(encoded);
        } finally {
            Arrays.fill(encoded, (byte) 0);
            Arrays.fill(pieceData, (byte) 0);
            piece.wipe();
        }
    }

    private static boolean isSuccess(byte[] raw) {
        try {
            return ResponseApdu.parse(raw).isSuccess();
        } catch (MalformedApduException e) {
            return false;
        }
    }
}
