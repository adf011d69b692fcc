package io.tscns.card.jca;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * The card's key was not used because its PIN could not be verified (<i>verifica del PIN non riuscita</i>): no way to
 * ask for it, cancelled, refused or blocked ({@link #problem()}). Through the JCA it arrives as the cause of a
 * {@link java.security.SignatureException} or {@link java.security.UnrecoverableKeyException}. Its message never holds
 * the PIN.
 *
 * @since 0.1.0
 */
public final class PinEntryException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what went wrong
     */
    public PinEntryException(PinProblem problem) {
        super(problem);
    }

    /**
     * Returns what went wrong.
     *
     * @return the problem, or {@code null} after deserialization
     */
    public PinProblem problem() {
        return problem(PinProblem.class);
    }

    @Override
    public List<PinProblem> problems() {
        return problems(PinProblem.class);
    }
}
