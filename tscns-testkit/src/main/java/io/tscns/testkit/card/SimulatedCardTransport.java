package io.tscns.testkit.card;

import io.tscns.card.transport.CardTransport;

import java.util.Objects;

/**
 * The in-process access path: a {@link CardTransport} that hands each command straight to a {@link SimulatedCard}
 * in the same JVM, the fastest way to run tscns-card code against a card (a few microseconds per APDU).
 *
 * <p>Creating the transport inserts the card: it is powered on. When an injected fault removes the card,
 * {@link #transmit(byte[])} throws {@link SimulatedCardException} with reason
 * {@link SimulatedCardException.Reason#REMOVED} for that command and every later one until {@link #reinsert()}.
 *
 * <p>Not thread-safe, like every {@link CardTransport}: one caller at a time (the card itself is thread-safe).
 */
public final class SimulatedCardTransport implements CardTransport {

    private final SimulatedCard card;
    private boolean removed;

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
     * @throws SimulatedCardException with reason {@link SimulatedCardException.Reason#REMOVED} once the card has
     *                                been removed by a fault
     */
    @Override
    public byte[] transmit(byte[] command) {
        if (removed) {
            throw new SimulatedCardException(SimulatedCardException.Reason.REMOVED,
                    "the simulated card was removed from the in-process reader");
        }
        try {
            return card.process(command);
        } catch (SimulatedCardException e) {
            if (e.reason() != SimulatedCardException.Reason.INTERRUPTED) {
                removed = true;
            }
            throw e;
        }
    }

    /**
     * Resets the card (warm reset), as a reader does on request; the volatile state is lost.
     *
     * @return the ATR
     */
    public byte[] reset() {
        removed = false;
        return card.reset();
    }

    /**
     * Puts the card back after a removal and powers it on.
     *
     * @return the ATR
     */
    public byte[] reinsert() {
        removed = false;
        return card.powerOn();
    }

    /**
     * Tells whether the card has been removed.
     *
     * @return {@code true} after a removal fault, until {@link #reinsert()}
     */
    public boolean isRemoved() {
        return removed;
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
