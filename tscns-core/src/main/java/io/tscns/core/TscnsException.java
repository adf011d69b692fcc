package io.tscns.core;

/**
 * Root of every exception that tscns throws on purpose.
 *
 * <p>Each area of the SDK has its own typed subclasses (a malformed codice fiscale, a card status word, a CMS
 * problem), so callers can catch exactly what they handle and let the rest propagate. Two promises hold for every
 * subclass: the message says what was wrong in terms the caller can act on, and <strong>no message ever contains
 * a secret value</strong> (PIN, PUK, CIP, key material).
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
}
