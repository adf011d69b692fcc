package io.tscns.card.error;

/**
 * No PC/SC service is running (<i>servizio smart card non disponibile</i>): {@code pcscd} on Linux, the Smart
 * Card service on Windows. PC/SC {@code SCARD_E_NO_SERVICE}, {@code SCARD_E_SERVICE_STOPPED}, or a JDK that found no
 * PC/SC library. This is not "no readers": the service could not even be asked.
 *
 * @since 0.1.0
 */
public final class PcscServiceUnavailableException extends CardConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where (reader name)
     */
    public PcscServiceUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed and where (reader name)
     * @param pcscCode the PC/SC error name
     * @param cause    the failure reported by the PC/SC layer
     */
    public PcscServiceUnavailableException(String message, String pcscCode, Throwable cause) {
        super(message, pcscCode, cause);
    }
}
