package io.tscns.auth.challenge;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a {@link ChallengeStore} cannot keep or spend a challenge; {@link #problem()} says why.
 *
 * @since 0.1.0
 */
public final class ChallengeStoreException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what went wrong
     */
    public ChallengeStoreException(ChallengeStoreProblem problem) {
        super(problem);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problem what went wrong
     * @param cause   the lower-level failure
     */
    public ChallengeStoreException(ChallengeStoreProblem problem, Throwable cause) {
        super(problem, cause);
    }

    /**
     * Returns what went wrong.
     *
     * @return the problem
     */
    public ChallengeStoreProblem problem() {
        return problem(ChallengeStoreProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<ChallengeStoreProblem> problems() {
        return problems(ChallengeStoreProblem.class);
    }
}
