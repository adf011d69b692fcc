package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.sandbox.internal.pipeline.StoredAnswer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * An answer to send (<i>risposta</i>), whatever server sends it.
 *
 * @param status      the HTTP status
 * @param body        the body (empty for a streamed answer)
 * @param contentType its media type
 * @param streamed    writes the body while it is sent, for a body of any length (sent chunked), or empty
 * @param replayed    whether it is the answer kept under an idempotency key ({@code Idempotent-Replayed: true})
 * @param headers     further headers ({@code Allow}, {@code Retry-After})
 */
record Answer(
        int status,
        byte[] body,
        String contentType,
        Optional<BodyWriter> streamed,
        boolean replayed,
        Map<String, String> headers) {

    /** Writes a streamed answer's body. */
    @FunctionalInterface
    interface BodyWriter {
        /**
         * Writes the body.
         *
         * @param out the response body
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    static Answer json(int status, Object value) {
        return new Answer(status, CmsJson.encode(value), CmsHeaders.JSON, Optional.empty(), false, Map.of());
    }

    /**
     * An answer without a body ({@code 204 No Content}).
     *
     * @param status the status
     * @return the answer
     */
    static Answer empty(int status) {
        return new Answer(status, new byte[0], CmsHeaders.JSON, Optional.empty(), false, Map.of());
    }

    /**
     * A problem document.
     *
     * @param refusal   the refusal
     * @param instance  the {@code instance}, from {@link Problems#instance(String)}
     * @param requestId the request id
     * @return the answer
     */
    static Answer problem(CmsRefusal refusal, String instance, String requestId) {
        return new Answer(
                refusal.status(),
                Problems.document(refusal, instance, requestId),
                CmsHeaders.PROBLEM_JSON,
                Optional.empty(),
                false,
                refusal.headers());
    }

    static Answer streamed(int status, String contentType, BodyWriter writer) {
        return new Answer(status, new byte[0], contentType, Optional.of(writer), false, Map.of());
    }

    /** The answer kept under an idempotency key: a problem document from status 400. */
    static Answer kept(StoredAnswer stored, boolean replayed) {
        return new Answer(
                stored.status(),
                stored.body(),
                stored.status() >= 400 ? CmsHeaders.PROBLEM_JSON : CmsHeaders.JSON,
                Optional.empty(),
                replayed,
                Map.of());
    }

    StoredAnswer toStored() {
        return new StoredAnswer(status, body);
    }
}
