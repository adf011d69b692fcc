package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The CMS refused the request as malformed: {@code malformed-request}, {@code payload-too-large}, {@code unsupported-media-type}, {@code not-found}, {@code method-not-allowed}, {@code idempotency-key-required} or {@code idempotency-key-reused}. A bug in the caller or the client; never retried.
 *
 * @since 0.1.0
 */
public final class CmsBadRequestException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsBadRequestException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
