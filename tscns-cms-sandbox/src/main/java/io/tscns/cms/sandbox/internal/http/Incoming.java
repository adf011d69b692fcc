package io.tscns.cms.sandbox.internal.http;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the protocol front needs it (<i>richiesta in arrivo</i>), whatever server received it (Jetty's, in
 * {@link CmsHttpServer}).
 *
 * @param method         the HTTP method
 * @param path           the request path, decoded
 * @param instance       the request path as problem documents name it ({@link Problems#instance(String)})
 * @param query          the raw query, if any
 * @param contentType    the {@code Content-Type} header, if any
 * @param authorization  the {@code Authorization} header, if any
 * @param idempotencyKey the {@code Idempotency-Key} header, if any
 * @param outboxToken    the sandbox's outbox capability header ({@link OutboxCapability#HEADER}), if any
 * @param body           the body, read on demand within {@link CmsHttpServer#MAX_BODY_BYTES}
 * @param certificate    the client certificate of the TLS session (its fingerprint, its chain), read on demand
 */
record Incoming(
        String method,
        String path,
        String instance,
        Optional<String> query,
        Optional<String> contentType,
        Optional<String> authorization,
        Optional<String> idempotencyKey,
        Optional<String> outboxToken,
        Body body,
        Certificate certificate) {

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
    interface Certificate {
        /**
         * Returns the SHA-256 fingerprint of the client certificate, lower-case hex.
         *
         * @return the fingerprint, or empty without a client certificate
         */
        Optional<String> fingerprint();

        /**
         * Returns the certificate chain the client sent, leaf first: what a card login checks.
         *
         * @return the chain, or an empty list without a client certificate
         */
        List<X509Certificate> chain();
    }

    /**
     * Checks the components.
     */
    Incoming {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(outboxToken, "outboxToken");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(certificate, "certificate");
    }
}
