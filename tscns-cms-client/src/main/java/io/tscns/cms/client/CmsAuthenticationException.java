package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The operator's credentials were refused: {@code unauthenticated} (unknown certificate, wrong or expired token) or {@code operator-disabled}. The client logs in again once when a session expires; this is thrown when that fails too.
 */
public final class CmsAuthenticationException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsAuthenticationException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
