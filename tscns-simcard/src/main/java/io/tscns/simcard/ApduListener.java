package io.tscns.simcard;

/**
 * Observes every command a {@link SimulatedCard} answers. Called on the thread that sent the command, after the
 * card answered; an exception thrown by a listener is logged and does not affect the card or other listeners.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ApduListener {

    /**
     * Receives one answered command.
     *
     * @param exchange the command's header and the card's status, never any data
     */
    void exchanged(ApduExchange exchange);
}
