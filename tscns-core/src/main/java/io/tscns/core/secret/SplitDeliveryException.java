package io.tscns.core.secret;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a code cannot be split under a {@link SplitPolicy} or two halves cannot be recombined into a code
 * (<i>consegna dei codici in due parti</i>). {@link #problems()} lists every problem found at once (for example a
 * short counter half and a non-digit in the remote half); the message says the same in words. Neither carries any
 * character of a code or a half.
 */
public final class SplitDeliveryException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    private final CodeKind kind;
    private final transient List<SplitProblem> problems;

    /**
     * Creates the exception.
     *
     * @param kind     the kind of code being split or recombined
     * @param problems what was wrong; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public SplitDeliveryException(CodeKind kind, List<? extends SplitProblem> problems) {
        super(message(kind, problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    private static String message(CodeKind kind, List<? extends SplitProblem> problems) {
        Objects.requireNonNull(kind, "kind");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a split failure has at least one problem");
        }
        return "split delivery of the " + kind.label() + " failed: "
                + problems.stream().map(SplitProblem::describe).collect(Collectors.joining("; "));
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
        return problemsOf(problems);
    }
}
