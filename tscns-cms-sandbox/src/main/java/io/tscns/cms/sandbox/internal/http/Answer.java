package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.sandbox.internal.pipeline.StoredAnswer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An answer to send (<i>risposta</i>), whatever server sends it.
 *
 * @param status      the HTTP status
 * @param body        the body (empty for a streamed answer)
 * @param contentType its media type
 * @param streamed    writes the body while it is sent, for a body of any length (sent chunked), or empty
 * @param replayed    whether it is the answer kept under an idempotency key ({@code Idempotent-Replayed: true})
 */
record Answer(int status, byte[] body, String contentType, Optional<BodyWriter> streamed, boolean replayed) {

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
        return new Answer(status, CmsJson.encode(value), CmsHeaders.JSON, Optional.empty(), false);
    }

    static Answer problem(CmsRefusal refusal, String path, String requestId) {
        return new Answer(refusal.status(), Problems.document(refusal, path, requestId), CmsHeaders.PROBLEM_JSON,
                Optional.empty(), false);
    }

    static Answer streamed(int status, String contentType, BodyWriter writer) {
        return new Answer(status, new byte[0], contentType, Optional.of(writer), false);
    }

    /** The answer kept under an idempotency key: a problem document from status 400. */
    static Answer kept(StoredAnswer stored, boolean replayed) {
        return new Answer(stored.status(), stored.body(), stored.status() >= 400 ? CmsHeaders.PROBLEM_JSON
                : CmsHeaders.JSON, Optional.empty(), replayed);
    }

    StoredAnswer toStored() {
        return new StoredAnswer(status, body);
    }
}
