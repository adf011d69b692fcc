package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The CMS could not answer: {@code service-unavailable} or {@code internal-error} from the server, or
 * {@code retries-exhausted} when every attempt the {@link RetryPolicy} allows failed on the wire or with 502/503/504,
 * or {@code transport-failure} for a failure that is not retried (TLS, oversized response, interruption). For a
 * state-changing call, the operation may or may not have been applied: repeat it with the same idempotency key
 * ({@link CallOptions#withKey}) and the server replays the outcome if it was.
 *
 * @since 0.1.0
 */
public final class CmsUnavailableException extends CmsException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    CmsUnavailableException(ProblemDocument document, String requestId, int attempts) {
        super(
                document.code(),
                document.status(),
                document,
                requestId,
                document.detail().orElse(document.title()) + " after " + attempts + " attempt(s)",
                null);
        this.attempts = attempts;
    }

    CmsUnavailableException(String code, int status, String requestId, int attempts, String message, Throwable cause) {
        super(code, status, null, requestId, message + " after " + attempts + " attempt(s)", cause);
        this.attempts = attempts;
    }

    /**
     * Returns how many attempts were made.
     *
     * @return at least 1
     */
    public int attempts() {
        return attempts;
    }
}
