package io.tscns.core.secret;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a text or a card field is not a valid PIN, PUK or CIP. {@link #problems()} lists every rule that
 * failed (length and each bad position), so a form can show them all at once; the message says the same in words.
 * Neither carries any character of the rejected input.
 */
public final class InvalidSecretCodeException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    private final CodeKind kind;
    private final transient List<SecretCodeProblem> problems;

    /**
     * Creates the exception.
     *
     * @param kind     which code was being read
     * @param problems the rules that failed; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidSecretCodeException(CodeKind kind, List<? extends SecretCodeProblem> problems) {
        super(message(kind, problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    private static String message(CodeKind kind, List<? extends SecretCodeProblem> problems) {
        Objects.requireNonNull(kind, "kind");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid code has at least one problem");
        }
        return kind.label() + " is not valid: "
                + problems.stream().map(SecretCodeProblem::describe).collect(Collectors.joining("; "));
    }

    /**
     * Returns which code was being read.
     *
     * @return the code kind
     */
    public CodeKind kind() {
        return kind;
    }

    /**
     * Returns every rule that failed, in the order of the input.
     *
     * @return the problems; never empty
     */
    @Override
    public List<SecretCodeProblem> problems() {
        return problemsOf(problems);
    }
}
