package io.tscns.core.card;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a text or a card file is not a valid card identifier ({@link CardId}, {@link TeamNumber}).
 * {@link #problem()} says which rule failed; the message says the same in words.
 *
 * @since 0.1.0
 */
public final class InvalidCardIdentifierException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a broken rule.
     *
     * @param problem the rule that failed
     */
    public InvalidCardIdentifierException(CardIdentifierProblem problem) {
        super(problem);
    }

    /**
     * Returns the rule that failed.
     *
     * @return the problem
     */
    public CardIdentifierProblem problem() {
        return problem(CardIdentifierProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CardIdentifierProblem> problems() {
        return problems(CardIdentifierProblem.class);
    }
}
