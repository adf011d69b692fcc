package io.tscns.cms.sandbox.internal.http;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the protocol front needs it (<i>richiesta in arrivo</i>), whatever server received it: the JDK's
 * {@code HttpsServer} today ({@link CmsHttpServer}), another one tomorrow.
 *
 * @param method         the HTTP method
 * @param path           the request path
 * @param query          the raw query, if any
 * @param contentType    the {@code Content-Type} header, if any
 * @param authorization  the {@code Authorization} header, if any
 * @param idempotencyKey the {@code Idempotency-Key} header, if any
 * @param body           the body, read on demand within {@link CmsHttpServer#MAX_BODY_BYTES}
 * @param certificate    the fingerprint of the client certificate of the TLS session, read on demand
 */
record Incoming(String method, String path, Optional<String> query, Optional<String> contentType,
        Optional<String> authorization, Optional<String> idempotencyKey, Body body, Certificate certificate) {

    /** Reads the body. */
    @FunctionalInterface
    interface Body {
        /**
         * Reads the whole body.
         *
         * @return the bytes
         * @throws IOException if reading fails
         * @throws CmsRefusal  {@code payload-too-large} past the limit
         */
        byte[] read() throws IOException;
    }

    /** The client certificate of the TLS session. */
    @FunctionalInterface
    interface Certificate {
        /**
         * Returns the SHA-256 fingerprint of the client certificate, lower-case hex.
         *
         * @return the fingerprint, or empty without a client certificate
         */
        Optional<String> fingerprint();
    }

    /**
     * Checks the components.
     */
    Incoming {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(certificate, "certificate");
    }
}
