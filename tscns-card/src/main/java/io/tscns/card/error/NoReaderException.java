package io.tscns.card.error;

/**
 * The PC/SC service runs but no reader is connected, or none matched the request (<i>nessun lettore</i>): PC/SC
 * {@code SCARD_E_NO_READERS_AVAILABLE}.
 *
 * @since 0.1.0
 */
public final class NoReaderException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public NoReaderException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public NoReaderException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
