package io.tscns.core.personaldata;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when an {@code EF.Dati_personali} file cannot be decoded, or field values cannot be encoded.
 * {@link #problems()} says what was wrong and where; the message says the same in words and never repeats the
 * personal data that was rejected.
 *
 * <p>Decoding stops at the first problem (what follows a broken length cannot be located), so it reports exactly
 * one. Checking field values for encoding reports every bad field at once.
 *
 * @since 0.1.0
 */
public final class InvalidPersonalDataException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one problem.
     *
     * @param problem what was wrong
     */
    public InvalidPersonalDataException(PersonalDataProblem problem) {
        super(problem);
    }

    /**
     * Creates the exception for one or more problems.
     *
     * @param problems what was wrong, in the order found; not empty
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidPersonalDataException(List<PersonalDataProblem> problems) {
        super(describe("", problems), problems);
    }

    /**
     * Returns every problem found, in order.
     *
     * @return a non-empty, unmodifiable list
     */
    @Override
    public List<PersonalDataProblem> problems() {
        return problems(PersonalDataProblem.class);
    }

    /**
     * Returns the first problem found.
     *
     * @return the problem
     */
    public PersonalDataProblem problem() {
        return problem(PersonalDataProblem.class);
    }
}
