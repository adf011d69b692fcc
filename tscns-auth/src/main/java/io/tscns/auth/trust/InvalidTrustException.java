package io.tscns.auth.trust;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when trust anchors or a trusted list cannot be loaded; {@link #problem()} says why.
 *
 * @since 0.1.0
 */
public final class InvalidTrustException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidTrustException(TrustProblem problem) {
        super(problem);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problem what was wrong
     * @param cause   the lower-level failure
     */
    public InvalidTrustException(TrustProblem problem, Throwable cause) {
        super(problem, cause);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public TrustProblem problem() {
        return problem(TrustProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<TrustProblem> problems() {
        return problems(TrustProblem.class);
    }
}
