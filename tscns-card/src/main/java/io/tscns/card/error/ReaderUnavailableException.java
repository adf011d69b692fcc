package io.tscns.card.error;

/**
 * The reader went away (<i>lettore non disponibile</i>): unplugged or switched off. PC/SC
 * {@code SCARD_E_READER_UNAVAILABLE}, {@code SCARD_E_UNKNOWN_READER}.
 *
 * @since 0.1.0
 */
public final class ReaderUnavailableException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public ReaderUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public ReaderUnavailableException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
