package io.tscns.testkit.cms;

import io.tscns.cms.client.protocol.ActivateCardRequest;
import io.tscns.cms.client.protocol.ApplicantData;
import io.tscns.cms.client.protocol.ChannelKind;
import io.tscns.cms.client.protocol.CmsJson;
import io.tscns.cms.client.protocol.ConsentChoice;
import io.tscns.cms.client.protocol.DeliveryChannel;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.testkit.card.IssuedCard;
import io.tscns.testkit.pki.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * HTTPS calls to the sandbox with an operator's certificate, for the server's own tests: bodies are the protocol's
 * records through {@link CmsJson}, or raw text for malformed requests.
 */
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

    HttpResponse<String> post(String path, Object record) {
        return post(path, new String(CmsJson.encode(record), StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Object record, String key) {
        return post(path, new String(CmsJson.encode(record), StandardCharsets.UTF_8), key);
    }

    static <T> T read(HttpResponse<String> response, Class<T> type) {
        return CmsJson.decode(response.body().getBytes(StandardCharsets.UTF_8), type);
    }

    static ActivateCardRequest activation(IssuedCard card, String email) {
        PresentedDocument document = new PresentedDocument(new IdentityDocument(IdentityDocumentType.IDENTITY_CARD,
                "CA1234567", "Comune di Firenze", LocalDate.of(2020, 1, 10), Optional.of(LocalDate.of(2030, 1, 10))),
                false);
        return new ActivateCardRequest(card.codiceFiscale(),
                card.personalData().data().parsedExpiryDate().orElseThrow(),
                new ApplicantData(ActivationMode.DIRECT, Optional.empty(), Optional.empty(), document), Set.of(),
                new DeliveryChannel(ChannelKind.EMAIL, email), true,
                List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)));
    }
}
