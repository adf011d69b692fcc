package io.tscns.card.pinpad;

/**
 * The reader-level seam (<i>comando al lettore</i>): a control command to the reader itself, as PC/SC's
 * {@code SCardControl} sends it ({@code javax.smartcardio.Card.transmitControlCommand}), beside the one-method
 * {@link io.tscns.card.transport.CardTransport} that carries APDUs to the card. Only a connection through a real
 * reader has one; a simulated transport, a recorded script or a replayed transcript has none.
 *
 * <p>Implementations need not be thread-safe; {@code CnsCard} serialises its calls.
 *
 * @since 0.1.0
 */
public interface ReaderControl {

    /**
     * Sends a control command to the reader.
     *
     * @param controlCode the control code, already encoded for the platform ({@link #encoding()})
     * @param command     the command bytes, possibly empty
     * @return the reader's answer
     * @throws io.tscns.card.error.CardConnectionException if the reader refused the code or the connection failed
     */
    byte[] control(int controlCode, byte[] command);

    /**
     * Returns how this reader's PC/SC layer turns a function number into a control code.
     *
     * @return the encoding
     */
    ControlCodeEncoding encoding();
}
