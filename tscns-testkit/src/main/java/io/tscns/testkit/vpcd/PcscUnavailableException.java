package io.tscns.testkit.vpcd;

import io.tscns.core.TscnsException;

import java.util.Objects;

/**
 * Thrown when the real PC/SC stack with vsmartcard's virtual reader cannot be used on this machine: a package is
 * missing, pcscd cannot be started, or the virtual reader never appears. The message says what is missing and how
 * to install it ({@code pcsc-stack.md §1}).
 */
public final class PcscUnavailableException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** Why the stack is unavailable. */
    public enum Reason {
        /** pcscd or the vpcd reader driver is not installed. */
        NOT_INSTALLED,
        /** pcscd is not running and this process may not start it (it needs root to own /run/pcscd). */
        NOT_PERMITTED,
        /** pcscd was started (or found) but the virtual reader or the card did not show up in time. */
        NOT_READY
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
}
