package io.tscns.card.error;

/**
 * The card was removed from the reader, or is not powered (<i>carta rimossa</i>): PC/SC
 * {@code SCARD_W_REMOVED_CARD}, {@code SCARD_E_NO_SMARTCARD}, {@code SCARD_W_UNPOWERED_CARD}. Any PIN verification
 * is lost; put the card back and open it again.
 *
 * @since 0.1.0
 */
public final class CardRemovedException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public CardRemovedException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public CardRemovedException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
