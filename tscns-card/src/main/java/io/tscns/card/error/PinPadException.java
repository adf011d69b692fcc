package io.tscns.card.error;

import java.util.List;

/**
 * A PIN-pad entry ended without the card judging a code (<i>inserimento sul tastierino non concluso</i>): timeout,
 * Cancel pressed, the two new entries differ, a code of the wrong length, a refused structure, or a reader without
 * the needed feature. {@link #problem()} says which. A wrong or blocked code is not an exception: the PIN-pad
 * operations answer with a {@link io.tscns.card.pin.VerificationResult}, as the keyboard path does.
 *
 * @since 0.1.0
 */
public final class PinPadException extends CardAccessException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what happened on the reader
     */
    public PinPadException(PinPadProblem problem) {
        super(problem.describe(), List.of(problem));
    }

    /**
     * Returns what happened on the reader.
     *
     * @return the problem, or {@code null} after deserialization
     */
    public PinPadProblem problem() {
        return problem(PinPadProblem.class);
    }

    /**
     * Returns the problem as the one this exception carries.
     *
     * @return the problem, or an empty list after deserialization
     */
    @Override
    public List<PinPadProblem> problems() {
        return problems(PinPadProblem.class);
    }
}
