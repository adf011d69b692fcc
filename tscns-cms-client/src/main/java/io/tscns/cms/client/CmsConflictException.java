package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * A concurrent change to the same card won and the server gave up after its own retries ({@code conflict}). Safe to retry the whole operation after re-reading the card.
 *
 * @since 0.1.0
 */
public final class CmsConflictException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsConflictException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
