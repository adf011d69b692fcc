package io.tscns.card.error;

/**
 * The card answered success but its data breaks a rule (<i>risposta inattesa</i>): an FCI that is not a BER-TLV
 * template, a file shorter or longer than its FCI says, a signature of the wrong length, a certificate that is not
 * X.509. The message says what was expected and where (which file, which offset); it never contains the data.
 *
 * @since 0.1.0
 */
public final class UnexpectedResponseException extends CardAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected and where
     */
    public UnexpectedResponseException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the parser failure behind it.
     *
     * @param message what was expected and where
     * @param cause   the parser failure
     */
    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
