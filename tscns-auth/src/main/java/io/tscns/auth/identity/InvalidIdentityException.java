package io.tscns.auth.identity;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/** Thrown when a certificate does not carry a CNS identity; {@link #problem()} says why. */
public final class InvalidIdentityException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient IdentityProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidIdentityException(IdentityProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public IdentityProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<IdentityProblem> problems() {
        return problemsOf(problem);
    }
}
