package io.tscns.core.person;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a string is not a valid codice fiscale. {@link #problem()} says which rule failed; the message says
 * the same in words. Neither carries the rejected string, which is personal data.
 *
 * @since 0.1.0
 */
public final class InvalidCodiceFiscaleException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a broken rule.
     *
     * @param problem the rule that failed
     */
    public InvalidCodiceFiscaleException(CodiceFiscaleProblem problem) {
        super(problem);
    }

    /**
     * Returns the rule that failed.
     *
     * @return the problem
     */
    public CodiceFiscaleProblem problem() {
        return problem(CodiceFiscaleProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CodiceFiscaleProblem> problems() {
        return problems(CodiceFiscaleProblem.class);
    }
}
