package io.tscns.core.personaldata;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an {@code EF.Dati_personali} file cannot be decoded, or field values cannot be encoded.
 * {@link #problems()} says what was wrong and where; the message says the same in words and never repeats the
 * personal data that was rejected.
 *
 * <p>Decoding stops at the first problem (what follows a broken length cannot be located), so it reports exactly
 * one. Checking field values for encoding reports every bad field at once.
 */
public final class InvalidPersonalDataException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient List<PersonalDataProblem> problems;

    /**
     * Creates the exception for one problem.
     *
     * @param problem what was wrong
     */
    public InvalidPersonalDataException(PersonalDataProblem problem) {
        this(List.of(Objects.requireNonNull(problem, "problem")));
    }

    /**
     * Creates the exception for one or more problems.
     *
     * @param problems what was wrong, in the order found; not empty
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidPersonalDataException(List<PersonalDataProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<PersonalDataProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        return problems.stream().map(PersonalDataProblem::describe).collect(Collectors.joining("; "));
    }

    /**
     * Returns every problem found, in order.
     *
     * @return a non-empty, unmodifiable list
     */
    @Override
    public List<PersonalDataProblem> problems() {
        return problemsOf(problems);
    }

    /**
     * Returns the first problem found.
     *
     * @return the problem
     */
    public PersonalDataProblem problem() {
        return problems.get(0);
    }
}
