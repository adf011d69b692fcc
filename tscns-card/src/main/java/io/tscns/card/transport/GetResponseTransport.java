package io.tscns.card.transport;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.error.UnexpectedResponseException;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * A transport decorator that completes responses the card delivers in pieces (<i>recupero della risposta</i>):
 * while the card answers SW 61xx ("xx more bytes available"), it sends GET RESPONSE with Le = xx and appends the
 * data, returning one response with the final status word (ISO/IEC 7816-4 §5.3.4).
 *
 * <p>Bounded: at most 257 rounds and 65 536 bytes in total, beyond which the card is considered faulty and
 * {@link UnexpectedResponseException} is thrown. Not thread-safe, like the transports it wraps.
 *
 * @since 0.1.0
 */
public final class GetResponseTransport implements CardTransport {

    /** The most GET RESPONSE rounds for one command: enough for 64 KiB in 256-byte pieces. */
    public static final int MAX_ROUNDS = 257;
    /** The most response bytes accumulated for one command. */
    public static final int MAX_TOTAL = 65536;

    private final CardTransport delegate;

    /**
     * Wraps a transport.
     *
     * @param delegate the transport that reaches the card
     */
    public GetResponseTransport(CardTransport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public byte[] transmit(byte[] command) {
        byte[] raw = delegate.transmit(command);
        if (!isMoreData(raw)) {
            return raw;
        }
        int channelCla = command.length > 0 ? command[0] & 0x03 : 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ResponseApdu part = ResponseApdu.parse(raw);
            if (data.size() + part.dataLength() > MAX_TOTAL) {
                throw new UnexpectedResponseException(
                        "the card offered more than " + MAX_TOTAL + " response bytes through GET RESPONSE");
            }
            data.writeBytes(part.data());
            if (part.sw1() != 0x61) {
                return ResponseApdu.of(data.toByteArray(), part.sw()).encode();
            }
            int available = part.sw2() == 0 ? 256 : part.sw2();
            raw = delegate.transmit(
                    CnsCommands.getResponse(channelCla, available).encode());
            if (!isWellFormed(raw)) {
                return raw;
            }
        }
        throw new UnexpectedResponseException(
                "the card answered 61xx to " + MAX_ROUNDS + " GET RESPONSE commands in a row");
    }

    private static boolean isMoreData(byte[] raw) {
        return isWellFormed(raw) && (raw[raw.length - 2] & 0xFF) == 0x61;
    }

    private static boolean isWellFormed(byte[] raw) {
        try {
            ResponseApdu.parse(raw);
            return true;
        } catch (MalformedApduException e) {
            return false;
        }
    }
}
