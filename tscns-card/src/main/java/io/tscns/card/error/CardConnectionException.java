package io.tscns.card.error;

import java.util.Objects;
import java.util.Optional;

/**
 * The connection to the card, its reader or the PC/SC service failed (<i>errore di connessione</i>): the command
 * may or may not have reached the card. Each subclass says what to tell the user: put the card back, plug the
 * reader in, start the smart-card service.
 *
 * <p>When the failure came from PC/SC, {@link #pcscCode()} holds the PC/SC error name (for example
 * {@code SCARD_W_REMOVED_CARD}) for diagnostics.
 *
 * @since 0.1.0
 */
public abstract sealed class CardConnectionException extends CardAccessException
        permits CardRemovedException,
                CardResetException,
                ReaderUnavailableException,
                PcscServiceUnavailableException,
                NoReaderException,
                CardCommunicationException {

    private static final long serialVersionUID = 1L;

    private final String pcscCode;

    /**
     * Creates the exception without a PC/SC code.
     *
     * @param message what failed
     */
    protected CardConnectionException(String message) {
        super(message);
        this.pcscCode = "";
    }

    /**
     * Creates the exception from a PC/SC failure.
     *
     * @param message  what failed
     * @param pcscCode the PC/SC error name, e.g. {@code SCARD_E_NO_SERVICE}
     * @param cause    the failure reported by the PC/SC layer
     */
    protected CardConnectionException(String message, String pcscCode, Throwable cause) {
        super(message + " (" + Objects.requireNonNull(pcscCode, "pcscCode") + ")", cause);
        this.pcscCode = pcscCode;
    }

    /**
     * Returns the PC/SC error name behind this failure.
     *
     * @return e.g. {@code SCARD_W_REMOVED_CARD}, or empty when the failure did not come from PC/SC
     */
    public Optional<String> pcscCode() {
        return pcscCode.isEmpty() ? Optional.empty() : Optional.of(pcscCode);
    }
}
