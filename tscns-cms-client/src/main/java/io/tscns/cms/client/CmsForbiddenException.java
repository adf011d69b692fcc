package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The operator may not perform the operation: {@code forbidden-role} (see {@code OperatorRole}), {@code other-region} (a pharmacy activating a card of another region) or {@code reissue-not-enabled} (re-issue at a counter not enabled for it, manual §10.5).
 *
 * @since 0.1.0
 */
public final class CmsForbiddenException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsForbiddenException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
