package io.tscns.card.smartcardio;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.UnsupportedCardException;
import io.tscns.card.internal.CardOpener;
import io.tscns.card.smartcardio.internal.SmartcardioSession;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;

/**
 * Opens the TS-CNS card in a PC/SC reader (<i>apertura della carta nel lettore</i>) as a {@link CnsCard}, through
 * {@code javax.smartcardio}. {@link #open(CardTerminal, CnsCardOptions)} connects with T=1, the CNS protocol, and
 * falls back to any protocol; the card holds exclusive access to the reader around each of its operations, and
 * closing it disconnects, resetting the card by default ({@link CnsCardOptions#resetOnClose()}) so that a verified
 * PIN does not outlive the session. Opening sends no APDU: a card that is not a CNS fails with
 * {@link UnsupportedCardException} and the connection is closed.
 *
 * <p>For applications with PC/SC readers, found with {@link io.tscns.card.reader.Readers}. Over any other transport
 * (a simulated card, a recorded script, an NFC or remote reader) open the card with
 * {@link CnsCard#open(io.tscns.card.transport.CardTransport, byte[], CnsCardOptions)}, which needs no
 * {@code java.smartcardio}. Thread-safe: it holds no state.
 *
 * @since 0.1.0
 */
public final class PcscCards {

    private PcscCards() {}

    /**
     * Connects to the card in a reader with the default options.
     *
     * @param terminal the reader
     * @return the opened card
     * @throws UnsupportedCardException if the card is not a CNS
     * @throws CardConnectionException  if there is no card, the reader is gone, or PC/SC fails
     */
    public static CnsCard open(CardTerminal terminal) {
        return open(terminal, CnsCardOptions.defaults());
    }

    /**
     * Connects to the card in a reader. {@link CnsCard#close()} disconnects, resetting the card if the options say
     * so.
     *
     * @param terminal the reader
     * @param options  the options
     * @return the opened card
     * @throws UnsupportedCardException if the card is not a CNS
     * @throws CardConnectionException  if there is no card, the reader is gone, or PC/SC fails
     */
    public static CnsCard open(CardTerminal terminal, CnsCardOptions options) {
        SmartcardioSession session = SmartcardioSession.connect(terminal, options.resetOnClose());
        try {
            return CardOpener.open(session, options);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Uses a card the caller connected through {@code javax.smartcardio}. {@link CnsCard#close()} leaves it
     * connected.
     *
     * @param card       the connected card
     * @param readerName the reader's name, for messages
     * @param options    the options
     * @return the opened card
     * @throws UnsupportedCardException if the card is not a CNS
     */
    public static CnsCard open(Card card, String readerName, CnsCardOptions options) {
        return CardOpener.open(SmartcardioSession.over(card, readerName), options);
    }
}
