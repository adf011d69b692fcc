package io.tscns.auth.crl;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a CRL cannot be loaded or applied: malformed, truncated, too large, wrongly signed or from the wrong
 * issuer. {@link #problem()} says which; nothing is returned in part.
 */
public final class InvalidCrlException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient CrlProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidCrlException(CrlProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problem what was wrong
     * @param cause   the lower-level failure
     */
    public InvalidCrlException(CrlProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").describe(), cause);
        this.problem = problem;
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public CrlProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CrlProblem> problems() {
        return problemsOf(problem);
    }
}
