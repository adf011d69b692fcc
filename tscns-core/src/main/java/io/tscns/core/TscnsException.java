package io.tscns.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Root of every exception that tscns throws on purpose.
 *
 * <p>Each area of the SDK has its own typed subclasses (a malformed codice fiscale, a card status word, a CMS
 * problem), so callers can catch exactly what they handle and let the rest propagate. Two promises hold for every
 * subclass: the message says what was wrong in terms the caller can act on, and <strong>no message ever contains
 * a secret value</strong> (PIN, PUK, CIP, key material).
 *
 * <p>A caller that handles every tscns failure the same way (a CMS writing problem documents, a command line
 * printing one line per failure) reads {@link #problems()}: the rules broken, each with a stable
 * {@link Problem#code() code}, or none when the failure is not a rule broken by the input.
 *
 * @since 0.1.0
 */
public abstract class TscnsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems carried, or {@code null} after deserialization: problems are not serializable. */
    private final transient List<? extends Problem> problems;

    /**
     * Creates an exception with a message that names what went wrong, carrying no problem.
     *
     * @param message a description of the failure; never contains a secret value
     */
    protected TscnsException(String message) {
        super(message);
        this.problems = List.of();
    }

    /**
     * Creates an exception with a message and the lower-level cause, carrying no problem.
     *
     * @param message a description of the failure; never contains a secret value
     * @param cause   the underlying failure
     */
    protected TscnsException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /**
     * Creates an exception for one broken rule; the message is the problem's {@link Problem#describe() sentence}.
     *
     * @param problem the rule broken
     */
    protected TscnsException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problems = List.of(problem);
    }

    /**
     * Creates an exception for one broken rule found through a lower-level failure; the message is the problem's
     * {@link Problem#describe() sentence}.
     *
     * @param problem the rule broken
     * @param cause   the underlying failure
     */
    protected TscnsException(Problem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").describe(), cause);
        this.problems = List.of(problem);
    }

    /**
     * Creates an exception with a message of its own and the problems it carries. Subclasses whose message puts the
     * problems in context build it with {@link #describe(String, List)}.
     *
     * @param message  a description of the failure; never contains a secret value
     * @param problems the rules broken, in the order found
     */
    protected TscnsException(String message, List<? extends Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems this exception carries: the rules broken, in the order found, each with a stable
     * {@link Problem#code() code} and a {@link Problem#describe() sentence}. The message says the same in words.
     *
     * <p>The list is empty for failures that are not a rule broken by the input: a programming error such as a
     * wiped secret used again, or a broken environment such as a random source that is not random. A caller then
     * has the exception type and the message only.
     *
     * <p>Subclasses that carry problems override this method, narrowing the element type to their own family (for
     * example {@code List<SecretCodeProblem>}) with {@link #problems(Class)}; that is why the declared type is
     * {@code List<? extends Problem>}. Problems are not part of the exception's Java serialized form, so an
     * exception read back from a stream carries none.
     *
     * @return the problems, unmodifiable and never {@code null}; empty if the exception carries none
     */
    public List<? extends Problem> problems() {
        return held();
    }

    /**
     * Returns the problems this exception carries as its family, for a subclass's narrowed {@link #problems()}.
     *
     * @param family the family the subclass's constructors accept
     * @param <P>    the family
     * @return the problems, unmodifiable; empty after deserialization
     * @throws ClassCastException if a problem is not of the family (a subclass's own error)
     */
    protected final <P extends Problem> List<P> problems(Class<P> family) {
        List<? extends Problem> held = held();
        for (Problem problem : held) {
            if (!family.isInstance(problem)) {
                throw new ClassCastException(problem.getClass().getName() + " is not a " + family.getName());
            }
        }
        @SuppressWarnings("unchecked") // every element was just checked to be a P, and the list is unmodifiable
        List<P> typed = (List<P>) held;
        return typed;
    }

    /**
     * Returns the first problem this exception carries as its family, for a subclass's {@code problem()}.
     *
     * @param family the family the subclass's constructors accept
     * @param <P>    the family
     * @return the first problem, or {@code null} after deserialization
     * @throws ClassCastException if the problem is not of the family (a subclass's own error)
     */
    protected final <P extends Problem> P problem(Class<P> family) {
        List<P> typed = problems(family);
        return typed.isEmpty() ? null : typed.get(0);
    }

    private List<? extends Problem> held() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Returns a message that puts one or more problems in context: {@code "<context>: <sentence>; <sentence>"}, or
     * the sentences alone if the context is empty.
     *
     * @param context  what failed, e.g. {@code "PIN is not valid"}; empty for none
     * @param problems the problems; not empty
     * @return the message
     * @throws IllegalArgumentException if there is no problem
     */
    protected static String describe(String context, List<? extends Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        String sentences = problems.stream().map(Problem::describe).collect(Collectors.joining("; "));
        return context.isEmpty() ? sentences : context + ": " + sentences;
    }
}
