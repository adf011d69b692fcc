package io.tscns.simcard;

import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when the simulated card cannot answer a command at all: it was removed by a {@link Fault}, it is not powered,
 * or the thread was interrupted while a latency fault was delaying it. A refused command is not an exception: the
 * card answers it with a status word.
 *
 * @since 0.1.0
 */
public final class SimulatedCardException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** Why the card could not answer; each reason is the {@link Problem} the exception carries. */
    public enum Reason implements Problem {
        /** The card was removed from the reader (by a fault or by the access path). */
        REMOVED("card-removed", "the simulated card was removed from the reader"),
        /** The card is in the reader but not powered; power it on (or reset it) first. */
        NOT_POWERED("card-not-powered", "the simulated card is not powered"),
        /** The thread was interrupted while the card was delaying its answer. */
        INTERRUPTED("interrupted", "the thread was interrupted while the card delayed its answer");

        private final String code;
        private final String description;

        Reason(String code, String description) {
            this.code = code;
            this.description = description;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why the card could not answer
     * @param message what happened, in words
     */
    public SimulatedCardException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the card could not answer.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the reason as the one problem this exception carries.
     *
     * @return a list of that reason
     */
    @Override
    public List<Reason> problems() {
        return List.of(reason);
    }
}
