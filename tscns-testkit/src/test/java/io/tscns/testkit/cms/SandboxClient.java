package io.tscns.testkit.cms;

import io.tscns.testkit.pki.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Raw HTTPS calls to the sandbox with an operator's certificate, for the server's own tests. */
final class SandboxClient {

    private final SimulatedCms cms;
    private final HttpClient http;

    SandboxClient(SimulatedCms cms, String operatorId) {
        this.cms = cms;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.client(cms.operator(operatorId).credential(), List.of(cms.caCertificate())))
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return post(path, json, UUID.randomUUID().toString());
    }

    HttpResponse<String> post(String path, String json, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return cms.baseUri().resolve(path);
    }

    static String activation(io.tscns.testkit.card.IssuedCard card, String email) {
        String expiry = card.personalData().data().parsedExpiryDate().orElseThrow().toString();
        return """
            {"holderCodiceFiscale":"%s","cardExpiry":"%s","mode":"DIRECT",
             "document":{"type":"IDENTITY_CARD","number":"CA1234567","issuingBody":"Comune di Firenze",
                         "issueDate":"2020-01-10","expiryDate":"2030-01-10"},
             "channel":{"kind":"EMAIL","address":"%s"},"privacyConsent":true,
             "fseConsents":[{"kind":"CONSULTATION","status":"GIVEN"}]}
            """.formatted(card.codiceFiscale().value(), expiry, email);
    }
}
