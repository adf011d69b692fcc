package io.tscns.auth.crl;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a CRL cannot be loaded or applied: malformed, truncated, too large, wrongly signed or from the wrong
 * issuer. {@link #problem()} says which; nothing is returned in part.
 *
 * @since 0.1.0
 */
public final class InvalidCrlException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidCrlException(CrlProblem problem) {
        super(problem);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problem what was wrong
     * @param cause   the lower-level failure
     */
    public InvalidCrlException(CrlProblem problem, Throwable cause) {
        super(problem, cause);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public CrlProblem problem() {
        return problem(CrlProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CrlProblem> problems() {
        return problems(CrlProblem.class);
    }
}
