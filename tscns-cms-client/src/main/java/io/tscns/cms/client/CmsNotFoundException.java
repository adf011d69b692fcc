package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * No such card or person: {@code card-not-found} or {@code person-not-found}.
 *
 * @since 0.1.0
 */
public final class CmsNotFoundException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsNotFoundException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
