package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ProblemDocument;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}) as the protocol's {@link ProblemDocument}:
 * type {@code https://tscns.io/problems/<code>}, title, status, detail, instance, code, requestId and the typed
 * extension members {@code triesLeft} and {@code violations}. Never a stack trace. Thread-safe.
 */
final class Problems {

    private Problems() {}

    /** Longest {@code instance} written: a longer request path is cut. */
    private static final int MAX_INSTANCE = 512;

    /**
     * Returns the {@code instance} of a problem document for a request path as it came on the wire (percent-encoded):
     * a control character, which a decoded path may hold, becomes {@code %XX}, and a path past 512 characters is cut.
     *
     * @param rawPath the request path, not decoded
     * @return the instance
     */
    static String instance(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(Math.min(rawPath.length(), MAX_INSTANCE + 3));
        for (int i = 0; i < rawPath.length() && out.length() < MAX_INSTANCE; i++) {
            char c = rawPath.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append('%').append(String.format("%02X", (int) c & 0xff));
            } else {
                out.append(c);
            }
        }
        return out.length() >= MAX_INSTANCE && rawPath.length() > MAX_INSTANCE
                ? out.append("...").toString()
                : out.toString();
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
