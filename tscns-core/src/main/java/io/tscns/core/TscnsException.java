package io.tscns.core;

import java.util.List;

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
 */
public abstract class TscnsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names what went wrong.
     *
     * @param message a description of the failure; never contains a secret value
     */
    protected TscnsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the lower-level cause.
     *
     * @param message a description of the failure; never contains a secret value
     * @param cause   the underlying failure
     */
    protected TscnsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns the problems this exception carries: the rules broken, in the order found, each with a stable
     * {@link Problem#code() code} and a {@link Problem#describe() sentence}. The message says the same in words.
     *
     * <p>The list is empty (the default) for failures that are not a rule broken by the input: a programming error
     * such as a wiped secret used again, or a broken environment such as a random source that is not random. A
     * caller then has the exception type and the message only.
     *
     * <p>Subclasses that carry problems override this method, narrowing the element type to their own family (for
     * example {@code List<SecretCodeProblem>}); that is why the declared type is {@code List<? extends Problem>}.
     * Problems are not part of the exception's Java serialized form, so an exception read back from a stream
     * carries none.
     *
     * @return the problems, unmodifiable and never {@code null}; empty if the exception carries none
     */
    public List<? extends Problem> problems() {
        return List.of();
    }

    /**
     * Returns the one problem a subclass holds as a list, for its {@link #problems()}. A subclass keeps its problem
     * in a {@code transient} field (problems are not serializable), which is {@code null} once the exception has
     * been deserialized: the list is then empty.
     *
     * @param problem the problem held, or {@code null} after deserialization
     * @param <P>     the problem family
     * @return a list of that one problem, or an empty list
     */
    protected static <P extends Problem> List<P> problemsOf(P problem) {
        return problem == null ? List.of() : List.of(problem);
    }

    /**
     * Returns the problems a subclass holds, for its {@link #problems()}; like {@link #problemsOf(Problem)}, an
     * empty list if the {@code transient} field is {@code null} after deserialization.
     *
     * @param problems the unmodifiable list held, or {@code null} after deserialization
     * @param <P>      the problem family
     * @return the list, or an empty list
     */
    protected static <P extends Problem> List<P> problemsOf(List<P> problems) {
        return problems == null ? List.of() : problems;
    }
}
