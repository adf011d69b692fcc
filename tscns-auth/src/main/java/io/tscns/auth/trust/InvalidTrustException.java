package io.tscns.auth.trust;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/** Thrown when trust anchors or a trusted list cannot be loaded; {@link #problem()} says why. */
public final class InvalidTrustException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient TrustProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidTrustException(TrustProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problem what was wrong
     * @param cause   the lower-level failure
     */
    public InvalidTrustException(TrustProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").describe(), cause);
        this.problem = problem;
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public TrustProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<TrustProblem> problems() {
        return problemsOf(problem);
    }
}
