package io.tscns.core.secret;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a code cannot be split under a {@link SplitPolicy} or two halves cannot be recombined into a code
 * (<i>consegna dei codici in due parti</i>). {@link #problems()} lists every problem found at once (for example a
 * short counter half and a non-digit in the remote half); the message says the same in words. Neither carries any
 * character of a code or a half.
 *
 * @since 0.1.0
 */
public final class SplitDeliveryException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    private final CodeKind kind;

    /**
     * Creates the exception.
     *
     * @param kind     the kind of code being split or recombined
     * @param problems what was wrong; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public SplitDeliveryException(CodeKind kind, List<? extends SplitProblem> problems) {
        super(
                describe(
                        "split delivery of the "
                                + Objects.requireNonNull(kind, "kind").label() + " failed",
                        problems),
                problems);
        this.kind = kind;
    }

    /**
     * Returns the kind of code being split or recombined.
     *
     * @return the code kind
     */
    public CodeKind kind() {
        return kind;
    }

    /**
     * Returns every problem found.
     *
     * @return the problems; never empty
     */
    @Override
    public List<SplitProblem> problems() {
        return problems(SplitProblem.class);
    }
}
