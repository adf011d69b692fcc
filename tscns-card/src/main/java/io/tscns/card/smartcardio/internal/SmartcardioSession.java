package io.tscns.card.smartcardio.internal;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardConnectionException;
import io.tscns.card.internal.CardSession;
import io.tscns.card.pinpad.ControlCodeEncoding;
import io.tscns.card.pinpad.ReaderControl;
import io.tscns.card.smartcardio.SmartcardioTransport;
import io.tscns.card.transport.CardTransport;
import java.util.Objects;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card connection through {@code javax.smartcardio} (<i>connessione PC/SC</i>), the session of a {@code CnsCard}
 * that {@link io.tscns.card.smartcardio.PcscCards} opens: connects with T=1 (the CNS protocol) and falls back to any
 * protocol, holds exclusive access around each operation, and on close disconnects, resetting the card by default so
 * that a verified PIN does not outlive the session.
 *
 * <p>Obtain one with {@link #connect(CardTerminal, boolean)} (the session owns the connection) or
 * {@link #over(Card, String)} (the caller owns it and closes it). Not thread-safe; {@code CnsCard} serialises.
 */
public final class SmartcardioSession implements CardSession {

    private static final Logger LOG = LoggerFactory.getLogger(SmartcardioSession.class);

    private final Card card;
    private final String readerName;
    private final boolean owned;
    private final boolean resetOnClose;
    private final SmartcardioTransport transport;

    private SmartcardioSession(Card card, String readerName, boolean owned, boolean resetOnClose) {
        this.card = card;
        this.readerName = readerName;
        this.owned = owned;
        this.resetOnClose = resetOnClose;
        this.transport = new SmartcardioTransport(card, readerName);
    }

    /**
     * Connects to the card in a reader, T=1 first, then any protocol.
     *
     * @param terminal     the reader
     * @param resetOnClose whether {@link #close()} resets the card (clearing a verified PIN)
     * @return the session, which owns the connection
     * @throws CardConnectionException if no card is present, the reader is gone, or PC/SC fails
     */
    public static SmartcardioSession connect(CardTerminal terminal, boolean resetOnClose) {
        String name = terminal.getName();
        Card card;
        try {
            card = terminal.connect("T=1");
        } catch (CardException t1) {
            CardConnectionException mapped = PcscFailures.toException("connecting to reader \"" + name + "\"", t1);
            if (!(mapped instanceof CardCommunicationException)) {
                throw mapped;
            }
            LOG.debug("T=1 connection to {} refused ({}); trying any protocol", name, mapped.getMessage());
            try {
                card = terminal.connect("*");
            } catch (CardException any) {
                throw PcscFailures.toException("connecting to reader \"" + name + "\"", any);
            }
        }
        return new SmartcardioSession(card, name, true, resetOnClose);
    }

    /**
     * Wraps a card the caller connected; {@link #close()} leaves it connected.
     *
     * @param card       the card
     * @param readerName the reader's name, for messages
     * @return the session
     */
    public static SmartcardioSession over(Card card, String readerName) {
        return new SmartcardioSession(Objects.requireNonNull(card, "card"), readerName, false, false);
    }

    @Override
    public CardTransport transport() {
        return transport;
    }

    @Override
    public byte[] atr() {
        return card.getATR().getBytes();
    }

    /**
     * Returns the reader's control channel: {@code Card.transmitControlCommand}, with the control codes of the
     * platform's PC/SC layer ({@code docs/pcsc.md §10}).
     *
     * @return the control channel, always present
     */
    @Override
    public Optional<ReaderControl> readerControl() {
        ControlCodeEncoding encoding = ControlCodeEncoding.forOperatingSystem(System.getProperty("os.name", ""));
        return Optional.of(new ReaderControl() {
            @Override
            public byte[] control(int controlCode, byte[] command) {
                try {
                    return card.transmitControlCommand(controlCode, command);
                } catch (CardException e) {
                    throw PcscFailures.toException(
                            "sending control code " + Integer.toHexString(controlCode) + " to reader \"" + readerName
                                    + "\"",
                            e);
                } catch (IllegalStateException e) {
                    throw new CardCommunicationException(
                            "the connection to the card in reader \"" + readerName + "\" is closed");
                }
            }

            @Override
            public ControlCodeEncoding encoding() {
                return encoding;
            }
        });
    }

    @Override
    public void beginExclusive() {
        try {
            card.beginExclusive();
        } catch (CardException e) {
            throw PcscFailures.toException("taking exclusive access to the card in reader \"" + readerName + "\"", e);
        } catch (IllegalStateException e) {
            throw new CardCommunicationException(
                    "the connection to the card in reader \"" + readerName + "\" is closed or held by another thread");
        }
    }

    @Override
    public void endExclusive() {
        try {
            card.endExclusive();
        } catch (CardException | IllegalStateException e) {
            LOG.debug("ending exclusive access to the card in {} failed: {}", readerName, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try {
            card.disconnect(resetOnClose);
        } catch (CardException | IllegalStateException e) {
            LOG.debug("disconnecting from the card in {} failed: {}", readerName, e.getMessage());
        }
    }
}
