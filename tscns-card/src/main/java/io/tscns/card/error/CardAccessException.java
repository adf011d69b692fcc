package io.tscns.card.error;

import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Root of every failure of card access (<i>errore di accesso alla carta</i>): the card refused a command
 * ({@link CardStatusException}), the connection to the card or reader failed ({@link CardConnectionException}),
 * the card answered with data that breaks a rule ({@link UnexpectedResponseException}), or the card is not a CNS
 * this SDK can serve ({@link UnsupportedCardException}).
 *
 * <p>The hierarchy is sealed so a caller can handle every case. No message ever contains command data: a PIN or
 * PUK cannot reach a log through an exception.
 *
 * @since 0.1.0
 */
public abstract sealed class CardAccessException extends TscnsException
        permits CardStatusException,
                CardConnectionException,
                UnexpectedResponseException,
                UnsupportedCardException,
                NotSupportedOnGenerationException,
                PinPadException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without any command data
     */
    protected CardAccessException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong, without any command data
     * @param cause   the lower-level failure
     */
    protected CardAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception with the problems it carries.
     *
     * @param message  what went wrong, without any command data
     * @param problems the rules broken
     */
    protected CardAccessException(String message, List<? extends Problem> problems) {
        super(message, problems);
    }
}
