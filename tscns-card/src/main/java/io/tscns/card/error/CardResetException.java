package io.tscns.card.error;

/**
 * Another application reset the card (<i>carta reinizializzata</i>): PC/SC {@code SCARD_W_RESET_CARD}. The
 * card is still there but its state (selected file, verified PIN) is gone: open the card again and verify the PIN
 * again.
 *
 * @since 0.1.0
 */
public final class CardResetException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public CardResetException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public CardResetException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
