package io.tscns.core.secret;

import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Root of the failures about secret codes (PIN, PUK, CIP) and their split delivery, so a caller can catch them all
 * at once. No subclass ever puts a code, a half of a code or a rejected input in its message.
 *
 * @since 0.1.0
 */
public abstract class SecretCodeException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; never contains a secret value
     */
    protected SecretCodeException(String message) {
        super(message);
    }

    /**
     * Creates the exception for one broken rule; the message is the problem's sentence.
     *
     * @param problem the rule broken
     */
    protected SecretCodeException(Problem problem) {
        super(problem);
    }

    /**
     * Creates the exception with its message and the problems it carries.
     *
     * @param message  what went wrong; never contains a secret value
     * @param problems the rules broken, in the order found
     */
    protected SecretCodeException(String message, List<? extends Problem> problems) {
        super(message, problems);
    }
}
