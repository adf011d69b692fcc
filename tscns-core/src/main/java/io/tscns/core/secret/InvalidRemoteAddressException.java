package io.tscns.core.secret;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when an e-mail address or a mobile number for the second half of the codes is not valid. {@link #problem()}
 * says which rule failed; the message says the same in words. Neither repeats the address, which is personal data.
 *
 * @since 0.1.0
 */
public final class InvalidRemoteAddressException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem the rule that failed
     */
    public InvalidRemoteAddressException(AddressProblem problem) {
        super(problem);
    }

    /**
     * Returns the rule that failed.
     *
     * @return the problem
     */
    public AddressProblem problem() {
        return problem(AddressProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<AddressProblem> problems() {
        return problems(AddressProblem.class);
    }
}
