package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/** Maps a problem document to the {@link CmsException} subclass of its code. */
final class ProblemMapping {

    private ProblemMapping() {}

    static CmsException toException(ProblemDocument document, String requestId, int attempts) {
        return document.problemCode()
                .<CmsException>map(code -> switch (code) {
                    case MALFORMED_REQUEST,
                            PAYLOAD_TOO_LARGE,
                            UNSUPPORTED_MEDIA_TYPE,
                            NOT_FOUND,
                            METHOD_NOT_ALLOWED,
                            IDEMPOTENCY_KEY_REQUIRED,
                            IDEMPOTENCY_KEY_REUSED,
                            REQUEST_TIMEOUT,
                            URI_TOO_LONG,
                            HEADERS_TOO_LARGE,
                            NOT_IMPLEMENTED,
                            HTTP_VERSION_NOT_SUPPORTED -> new CmsBadRequestException(document, requestId);
                    case UNAUTHENTICATED,
                            OPERATOR_DISABLED,
                            CARD_CERTIFICATE_REVOKED,
                            CARD_CERTIFICATE_EXPIRED,
                            CARD_CERTIFICATE_UNTRUSTED,
                            UNKNOWN_OPERATOR -> new CmsAuthenticationException(document, requestId);
                    case FORBIDDEN_ROLE, OTHER_REGION, REISSUE_NOT_ENABLED ->
                        new CmsForbiddenException(document, requestId);
                    case CARD_NOT_FOUND, PERSON_NOT_FOUND -> new CmsNotFoundException(document, requestId);
                    case IDENTITY_MISMATCH,
                            ILLEGAL_TRANSITION,
                            ACTIVATION_REJECTED,
                            CONSENT_REJECTED,
                            CARD_EXPIRED,
                            HOLDER_NOT_IDENTIFIED,
                            DELIVERY_NOT_OFFERED -> new CmsRuleException(document, requestId);
                    case WRONG_CIP, CIP_BLOCKED -> new CmsCipException(document, requestId);
                    case CONFLICT -> new CmsConflictException(document, requestId);
                    case IDENTIFICATION_REQUIRED -> new CmsIdentificationException(document, requestId);
                    case SERVICE_UNAVAILABLE, INTERNAL_ERROR, TOO_MANY_REQUESTS ->
                        new CmsUnavailableException(document, requestId, attempts);
                })
                .orElseGet(() -> new CmsResponseException(document, requestId));
    }
}
