package io.tscns.testkit.card;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.transport.CardTransport;

import java.util.Objects;

/**
 * The in-process access path: a {@link CardTransport} that hands each command straight to a {@link SimulatedCard}
 * in the same JVM, the fastest way to run tscns-card code against a card (well under a microsecond of transport per
 * APDU).
 *
 * <p>Creating the transport inserts the card: it is powered on. Failures are reported with tscns-card's own
 * connection errors, as its {@code javax.smartcardio} transport reports them, so code above the seam behaves the
 * same on both: when an injected fault removes the card (or the card has lost power), {@link #transmit(byte[])}
 * throws {@link CardRemovedException} ({@code SCARD_W_REMOVED_CARD}) for that command and every later one until
 * {@link #reinsert()}; a thread interrupted during an injected latency gets {@link CardCommunicationException}.
 * The {@link SimulatedCardException} is the cause.
 *
 * <p>Not thread-safe, like every {@link CardTransport}: one caller at a time (the card itself is thread-safe).
 */
public final class SimulatedCardTransport implements CardTransport {

    private static final String REMOVED = "SCARD_W_REMOVED_CARD";

    private final SimulatedCard card;
    private SimulatedCardException removal;

    private SimulatedCardTransport(SimulatedCard card) {
        this.card = card;
        card.powerOn();
    }

    /**
     * Inserts a card into a new in-process reader and powers it on.
     *
     * @param card the card
     * @return the transport to the card
     */
    public static SimulatedCardTransport insert(SimulatedCard card) {
        return new SimulatedCardTransport(Objects.requireNonNull(card, "card"));
    }

    /**
     * Sends a command to the card.
     *
     * @param command the command APDU
     * @return the response APDU
     * @throws CardRemovedException       once the card has been removed by a fault or has lost power
     * @throws CardCommunicationException if the thread was interrupted while an injected latency delayed the card
     */
    @Override
    public byte[] transmit(byte[] command) {
        if (removal != null) {
            throw new CardRemovedException("the simulated card was removed from the in-process reader", REMOVED,
                    removal);
        }
        try {
            return card.process(command);
        } catch (SimulatedCardException e) {
            if (e.reason() == SimulatedCardException.Reason.INTERRUPTED) {
                throw new CardCommunicationException("interrupted while the simulated card delayed its answer",
                        "SCARD_E_CANCELLED", e);
            }
            removal = e;
            throw new CardRemovedException("the simulated card " + (e.reason() == SimulatedCardException.Reason.REMOVED
                    ? "was removed from the in-process reader" : "is not powered"), REMOVED, e);
        }
    }

    /**
     * Resets the card (warm reset), as a reader does on request; the volatile state is lost.
     *
     * @return the ATR
     */
    public byte[] reset() {
        removal = null;
        return card.reset();
    }

    /**
     * Puts the card back after a removal and powers it on.
     *
     * @return the ATR
     */
    public byte[] reinsert() {
        removal = null;
        return card.powerOn();
    }

    /**
     * Tells whether the card has been removed.
     *
     * @return {@code true} after a removal fault, until {@link #reinsert()}
     */
    public boolean isRemoved() {
        return removal != null;
    }

    /**
     * Returns the card's answer to reset.
     *
     * @return the ATR
     */
    public byte[] atr() {
        return card.atr();
    }

    /**
     * Returns the card in this reader.
     *
     * @return the card
     */
    public SimulatedCard card() {
        return card;
    }
}
