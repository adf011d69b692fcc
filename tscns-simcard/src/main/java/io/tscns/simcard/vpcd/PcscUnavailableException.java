package io.tscns.simcard.vpcd;

import io.tscns.core.Problem;
import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when the real PC/SC stack with vsmartcard's virtual reader cannot be used on this machine: a package is
 * missing, pcscd cannot be started, or the virtual reader never appears. The message says what is missing and how
 * to install it ({@code docs/pcsc.md §1}).
 *
 * @since 0.1.0
 */
public final class PcscUnavailableException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** Why the stack is unavailable; each reason is the {@link Problem} the exception carries. */
    public enum Reason implements Problem {
        /** pcscd or the vpcd reader driver is not installed. */
        NOT_INSTALLED("pcscd or vsmartcard's vpcd reader driver is not installed"),
        /** pcscd is not running and this process may not start it (it needs root to own /run/pcscd). */
        NOT_PERMITTED("pcscd is not running and this process cannot start it"),
        /** pcscd was started (or found) but the virtual reader or the card did not show up in time. */
        NOT_READY("the virtual reader or the card did not show up in PC/SC in time");

        private final String description;

        Reason(String description) {
            this.description = description;
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
     * @param reason  why the stack is unavailable
     * @param message what is missing and what to do
     */
    public PcscUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception with its cause.
     *
     * @param reason  why the stack is unavailable
     * @param message what is missing and what to do
     * @param cause   the underlying failure
     */
    public PcscUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the stack is unavailable.
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
