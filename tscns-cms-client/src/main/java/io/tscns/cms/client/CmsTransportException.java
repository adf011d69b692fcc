package io.tscns.cms.client;

import io.tscns.core.TscnsException;
import java.util.Objects;

/**
 * A {@link CmsTransport} received no complete response. The {@link #kind()} decides whether {@link CmsClient} may
 * retry: connect failures, timeouts and dropped connections are retried (with the same idempotency key); TLS
 * failures, oversized responses and interruptions are not. The message never holds a secret nor a body.
 *
 * @since 0.1.0
 */
public final class CmsTransportException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /** What went wrong on the wire. */
    public enum Kind {
        /** The connection could not be opened (refused, unreachable, connect timeout). Retried. */
        CONNECT_FAILED(true),
        /** No response within the request timeout. Retried. */
        TIMEOUT(true),
        /** The connection was closed or reset before a complete response. Retried. */
        CONNECTION_DROPPED(true),
        /** The TLS handshake failed (untrusted server, refused client certificate). Not retried. */
        TLS_FAILURE(false),
        /**
         * The operator's own key failed while signing the TLS handshake (a card's PIN not verified, a card removed);
         * the cause is the key's typed exception. Not retried: a retry would spend another PIN try.
         */
        CREDENTIAL_FAILURE(false),
        /** The response body is larger than the limit. Not retried. */
        RESPONSE_TOO_LARGE(false),
        /** The calling thread was interrupted. Not retried. */
        INTERRUPTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /**
         * Tells whether a call failing this way may be retried.
         *
         * @return {@code true} for connect failures, timeouts and dropped connections
         */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind    what went wrong
     * @param message a description without secrets
     */
    public CmsTransportException(Kind kind, String message) {
        super(Objects.requireNonNull(kind, "kind") + ": " + message);
        this.kind = kind;
    }

    /**
     * Creates the exception for a failure of the operator's own credential.
     *
     * @param message a description without secrets
     * @param cause   the credential's typed exception
     */
    public CmsTransportException(String message, TscnsException cause) {
        super(Kind.CREDENTIAL_FAILURE + ": " + message, Objects.requireNonNull(cause, "cause"));
        this.kind = Kind.CREDENTIAL_FAILURE;
    }

    /**
     * Returns what went wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
