package io.tscns.cms.console.internal;

import io.tscns.core.TscnsException;

/**
 * A request the console refuses (<i>richiesta rifiutata</i>), answered with the problem's status in a problem
 * document.
 */
public final class ConsoleException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** The problem; transient like the superclass's list. */
    private final transient ConsoleProblem problem;

    /**
     * Creates the refusal.
     *
     * @param problem why
     */
    public ConsoleException(ConsoleProblem problem) {
        super(problem);
        this.problem = problem;
    }

    /**
     * Returns why.
     *
     * @return the problem
     */
    public ConsoleProblem problem() {
        return problem;
    }
}
