package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ProblemDocument;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}) as the protocol's {@link ProblemDocument}:
 * type {@code https://tscns.io/problems/<code>}, title, status, detail, instance, code, requestId and the typed
 * extension members {@code triesLeft} and {@code violations}. Never a stack trace. Thread-safe.
 */
final class Problems {

    private Problems() {
    }

    static byte[] document(CmsRefusal refusal, String instance, String requestId) {
        ProblemDocument document = ProblemDocument.of(refusal.problem(), refusal.getMessage(), instance, requestId);
        if (refusal.triesLeft().isPresent()) {
            document = document.withTriesLeft(refusal.triesLeft().get());
        }
        if (!refusal.violations().isEmpty()) {
            document = document.withViolations(refusal.violations());
        }
        return CmsJson.encode(document);
    }
}
