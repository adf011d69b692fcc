package io.tscns.core.consent;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a consent record or history breaks a rule. {@link #problem()} says which; the message says the same
 * and never repeats the citizen's codice fiscale.
 *
 * @since 0.1.0
 */
public final class InvalidConsentException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the rule broken
     */
    public InvalidConsentException(ConsentProblem problem) {
        super(problem);
    }

    /**
     * Returns the rule broken.
     *
     * @return the problem
     */
    public ConsentProblem problem() {
        return problem(ConsentProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<ConsentProblem> problems() {
        return problems(ConsentProblem.class);
    }
}
