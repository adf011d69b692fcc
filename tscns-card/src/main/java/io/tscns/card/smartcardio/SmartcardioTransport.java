package io.tscns.card.smartcardio;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.smartcardio.internal.PcscFailures;
import io.tscns.card.transport.CardTransport;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/**
 * The {@link CardTransport} over a {@code javax.smartcardio} card connection (<i>trasporto PC/SC</i>): sends each
 * command on the card's basic channel and maps PC/SC failures to the SDK's connection exceptions (card removed,
 * card reset by another application, reader gone, no PC/SC service, other). The JDK itself already answers SW 61xx
 * with GET RESPONSE and 6Cxx with a resend (properties {@code sun.security.smartcardio.t0GetResponse} and
 * {@code t1GetResponse}); the SDK's decorators cover the other transports.
 *
 * <p>The response buffer is reused and wiped after each command, since a response can hold a decrypted value. Not
 * thread-safe, like a PC/SC card handle: use it from one thread at a time.
 *
 * @since 0.1.0
 */
public final class SmartcardioTransport implements CardTransport {

    /** Room for the largest response: 65 536 data bytes and the status word. */
    private static final int MAX_RESPONSE = 65538;

    private final CardChannel channel;
    private final String readerName;
    private final ByteBuffer response = ByteBuffer.allocate(MAX_RESPONSE);

    /**
     * Creates the transport over a connected card.
     *
     * @param card       the card, connected by the caller
     * @param readerName the reader's name, for messages
     */
    public SmartcardioTransport(Card card, String readerName) {
        this.channel = Objects.requireNonNull(card, "card").getBasicChannel();
        this.readerName = Objects.requireNonNull(readerName, "readerName");
    }

    @Override
    public byte[] transmit(byte[] command) {
        response.clear();
        try {
            int length = channel.transmit(ByteBuffer.wrap(command), response);
            return Arrays.copyOf(response.array(), length);
        } catch (CardException e) {
            throw PcscFailures.toException("sending a command to the card in reader \"" + readerName + "\"", e);
        } catch (IllegalStateException e) {
            throw new CardCommunicationException(
                    "the connection to the card in reader \"" + readerName + "\" is closed");
        } catch (IllegalArgumentException e) {
            throw new CardCommunicationException(
                    "the PC/SC layer refused the command for reader \"" + readerName + "\": " + e.getMessage());
        } finally {
            Arrays.fill(response.array(), (byte) 0);
        }
    }
}
