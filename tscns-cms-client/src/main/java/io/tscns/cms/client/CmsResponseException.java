package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * The CMS answered something this client cannot understand: a body that is not valid protocol JSON
 * ({@code malformed-response}; the cause is the {@code CmsProtocolException} naming the field), a status the
 * operation does not define ({@code unexpected-status}), or a problem code newer than this client (the document's
 * own code, with {@link #problemDocument()}).
 *
 * @since 0.1.0
 */
public final class CmsResponseException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsResponseException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }

    CmsResponseException(String code, int status, String requestId, String message, Throwable cause) {
        super(code, status, null, requestId, message, cause);
    }
}
