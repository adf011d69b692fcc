package io.tscns.core;

import io.tscns.core.internal.Printable;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a numeric code or string id read from storage or a message matches no constant of a
 * {@link StableCode} type. The message names the type and shows the value found, shortened and with control
 * characters escaped, since it comes from outside; {@link #problem()} gives the type as a record to branch on,
 * without the value.
 *
 * @since 0.1.0
 */
public final class UnknownCodeException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** Longest part of the rejected value that the message repeats. */
    static final int MAX_ECHO = 40;

    private final String type;

    /**
     * Creates the exception.
     *
     * @param type  the simple name of the type that was looked up
     * @param found the code or id that matched nothing
     */
    public UnknownCodeException(String type, String found) {
        super("unknown " + Objects.requireNonNull(type, "type") + " code or id '"
                + Printable.of(Objects.requireNonNull(found, "found"), MAX_ECHO) + "'");
        this.type = type;
    }

    /**
     * Returns the simple name of the type that was looked up, e.g. {@code CardState}.
     *
     * @return the type name
     */
    public String type() {
        return type;
    }

    /**
     * Returns the failed lookup as a problem: which type had no such code or id.
     *
     * @return the problem
     */
    public StableCodeProblem problem() {
        return new StableCodeProblem.UnknownCode(type);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<StableCodeProblem> problems() {
        return List.of(problem());
    }
}
