package io.tscns.testpki;

import io.tscns.core.TscnsException;
import java.util.Objects;

/**
 * Thrown by the test PKI (<i>infrastruttura a chiave pubblica di prova</i>) when it cannot build what it was asked
 * for: an inconsistent specification, a cryptographic failure of the JDK providers, an I/O failure while writing a
 * CRL or a key store. {@link #reason()} says which, for tests that branch on it.
 *
 * <p>No message ever contains private-key material or a key-store password.
 *
 * @since 0.1.0
 */
public final class TestPkiException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** Why the test PKI failed. */
    public enum Reason {
        /** A specification was inconsistent or out of range (the message names the field). */
        INVALID_SPEC,
        /** A JDK or Bouncy Castle cryptographic operation failed (signing, key generation, encoding). */
        CRYPTO_FAILURE,
        /** Reading or writing a file or stream failed. */
        IO_FAILURE,
        /** A caller-supplied entry source yielded different entries when iterated a second time. */
        INCONSISTENT_SOURCE,
        /** Building, signing or re-serialising an XML document failed. */
        XML_FAILURE
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why it failed
     * @param message what was wrong and where; never contains key material
     */
    public TestPkiException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception with the lower-level cause.
     *
     * @param reason  why it failed
     * @param message what was wrong and where; never contains key material
     * @param cause   the underlying failure
     */
    public TestPkiException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the operation failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    static TestPkiException invalid(String message) {
        return new TestPkiException(Reason.INVALID_SPEC, message);
    }

    static TestPkiException crypto(String what, Throwable cause) {
        return new TestPkiException(
                Reason.CRYPTO_FAILURE, what + ": " + cause.getClass().getSimpleName(), cause);
    }
}
