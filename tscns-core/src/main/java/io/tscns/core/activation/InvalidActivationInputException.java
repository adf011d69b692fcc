package io.tscns.core.activation;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a value of an activation request is built from a malformed field (a blank document number, a name
 * with control characters, an over-long issuing body). {@link #problem()} says which field and which rule; the
 * message says the same and never repeats the value, which is personal data.
 *
 * @since 0.1.0
 */
public final class InvalidActivationInputException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the rule the field broke
     */
    public InvalidActivationInputException(ActivationInputProblem problem) {
        super(problem);
    }

    /**
     * Returns the rule the field broke.
     *
     * @return the problem
     */
    public ActivationInputProblem problem() {
        return problem(ActivationInputProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<ActivationInputProblem> problems() {
        return problems(ActivationInputProblem.class);
    }
}
