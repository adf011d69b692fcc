package io.tscns.card.simulated;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.transport.CardTransport;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedCardException;

/**
 * tscns-card's transport straight to a simulated card in the same thread, with the card's failures reported as
 * tscns-card reports them on a reader: a removed or unpowered card as {@link CardRemovedException}, an interrupted
 * wait as {@link CardCommunicationException}. The simulated card itself knows nothing of tscns-card.
 */
final class InProcessTransport implements CardTransport {

    private final SimulatedCard card;

    private InProcessTransport(SimulatedCard card) {
        this.card = card;
    }

    /**
     * Powers the card on and opens tscns-card's facade on it.
     *
     * @param card the card
     * @return the facade
     */
    /**
     * Returns the transport to a card the caller powered on, for decorators of its own (a recorder).
     *
     * @param card the card
     * @return the transport
     */
    static InProcessTransport raw(SimulatedCard card) {
        return new InProcessTransport(card);
    }

    static io.tscns.card.CnsCard open(SimulatedCard card) {
        byte[] atr = card.powerOn();
        return io.tscns.card.CnsCard.open(new InProcessTransport(card), atr);
    }

    @Override
    public byte[] transmit(byte[] command) {
        try {
            return card.process(command);
        } catch (SimulatedCardException e) {
            if (e.reason() == SimulatedCardException.Reason.INTERRUPTED) {
                throw new CardCommunicationException(
                        "interrupted while the simulated card delayed its answer", "SCARD_E_CANCELLED", e);
            }
            throw new CardRemovedException(
                    "the simulated card was removed or is not powered", "SCARD_W_REMOVED_CARD", e);
        }
    }
}
