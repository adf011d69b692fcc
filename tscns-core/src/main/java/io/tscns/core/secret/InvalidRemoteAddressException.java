package io.tscns.core.secret;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when an e-mail address or a mobile number for the second half of the codes is not valid. {@link #problem()}
 * says which rule failed; the message says the same in words. Neither repeats the address, which is personal data.
 */
public final class InvalidRemoteAddressException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient AddressProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem the rule that failed
     */
    public InvalidRemoteAddressException(AddressProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Returns the rule that failed.
     *
     * @return the problem
     */
    public AddressProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<AddressProblem> problems() {
        return problemsOf(problem);
    }
}
