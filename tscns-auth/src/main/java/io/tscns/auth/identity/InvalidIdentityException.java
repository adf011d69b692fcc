package io.tscns.auth.identity;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a certificate does not carry a CNS identity; {@link #problem()} says why.
 *
 * @since 0.1.0
 */
public final class InvalidIdentityException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidIdentityException(IdentityProblem problem) {
        super(problem);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public IdentityProblem problem() {
        return problem(IdentityProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<IdentityProblem> problems() {
        return problems(IdentityProblem.class);
    }
}
