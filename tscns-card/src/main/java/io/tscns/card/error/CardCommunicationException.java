package io.tscns.card.error;

/**
 * Any other failure to exchange data with the card (<i>errore di comunicazione</i>): the card is in exclusive use by
 * another application ({@code SCARD_E_SHARING_VIOLATION}), did not answer ({@code SCARD_W_UNRESPONSIVE_CARD},
 * {@code SCARD_E_TIMEOUT}), or the transport failed in a way PC/SC does not name.
 *
 * @since 0.1.0
 */
public final class CardCommunicationException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public CardCommunicationException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public CardCommunicationException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
