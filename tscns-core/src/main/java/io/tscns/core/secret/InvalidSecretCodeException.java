package io.tscns.core.secret;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a text or a card field is not a valid PIN, PUK or CIP. {@link #problems()} lists every rule that
 * failed (length and each bad position), so a form can show them all at once; the message says the same in words.
 * Neither carries any character of the rejected input.
 *
 * @since 0.1.0
 */
public final class InvalidSecretCodeException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    private final CodeKind kind;

    /**
     * Creates the exception.
     *
     * @param kind     which code was being read
     * @param problems the rules that failed; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidSecretCodeException(CodeKind kind, List<? extends SecretCodeProblem> problems) {
        super(describe(Objects.requireNonNull(kind, "kind").label() + " is not valid", problems), problems);
        this.kind = kind;
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
        return problems(SecretCodeProblem.class);
    }
}
