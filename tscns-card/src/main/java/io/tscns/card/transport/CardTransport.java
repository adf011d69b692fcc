package io.tscns.card.transport;

/**
 * The one seam between card logic and whatever carries APDUs to a card: command bytes in, response bytes out.
 *
 * <p>Everything above this interface (file system, PIN operations, signing) is written against it, so the same code
 * runs over {@code javax.smartcardio}, a simulated card in the same process, a recorded script in a test, or a
 * future Android {@code IsoDep} adapter. Behaviour such as tracing or GET RESPONSE handling is added by wrapping one
 * transport in another (a decorator), never by changing the callers.
 *
 * <p>Implementations are <strong>not</strong> required to be thread-safe: a card processes one command at a time,
 * so callers serialise access to one card connection.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CardTransport {

    /**
     * Sends one command APDU and returns the card's response APDU: the response data followed by SW1 SW2.
     *
     * @param command the complete command APDU (header, Lc and data if any, Le if any)
     * @return the complete response APDU, at least two bytes long
     * @throws io.tscns.core.TscnsException (a transport-specific subclass) if the command could not be delivered or
     *                                      no response came back, for example because the card was removed
     */
    byte[] transmit(byte[] command);
}
