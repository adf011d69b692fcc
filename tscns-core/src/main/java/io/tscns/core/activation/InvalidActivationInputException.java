package io.tscns.core.activation;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value of an activation request is built from a malformed field (a blank document number, a name
 * with control characters, an over-long issuing body). {@link #problem()} says which field and which rule; the
 * message says the same and never repeats the value, which is personal data.
 */
public final class InvalidActivationInputException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient ActivationInputProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem the rule the field broke
     */
    public InvalidActivationInputException(ActivationInputProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Returns the rule the field broke.
     *
     * @return the problem
     */
    public ActivationInputProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<ActivationInputProblem> problems() {
        return problemsOf(problem);
    }
}
