package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The operator's credentials were refused: {@code unauthenticated} (unknown certificate, wrong or expired token),
 * {@code operator-disabled}, or, for an operator logging in with a card ({@link OperatorCredentials#keyManager}),
 * {@code card-certificate-revoked}, {@code card-certificate-expired}, {@code card-certificate-untrusted} or
 * {@code unknown-operator} (a valid card whose codice fiscale is no operator's). {@link #problemCode()} tells which.
 * The client logs in again once when a session expires; this is thrown when that fails too.
 *
 * @since 0.1.0
 */
public final class CmsAuthenticationException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsAuthenticationException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
