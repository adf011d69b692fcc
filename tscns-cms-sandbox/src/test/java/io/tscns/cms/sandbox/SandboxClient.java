package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        this(cms, cms.operator(operatorId).credential());
    }

    /** A client presenting any credential: an operator's card, a stranger's certificate. */
    SandboxClient(SimulatedCms cms, TestCredential credential) {
        this.cms = cms;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.client(credential, List.of(cms.caCertificate())))
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
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    /**
     * A GET with the sandbox's outbox capability token.
     *
     * @param path the path
     * @return the request
     */
    HttpRequest outbox(String path) {
        char[] token = cms.outboxToken();
        try {
            return HttpRequest.newBuilder(uri(path))
                    .header("X-Sandbox-Outbox-Token", new String(token))
                    .GET()
                    .build();
        } finally {
            java.util.Arrays.fill(token, '\0');
        }
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

    /**
     * Identifies a card as this client's operator, as a counter does before activating it.
     *
     * @param card the card
     * @return the reference of the identification
     */
    IdentificationRef identify(IssuedCard card) {
        HttpResponse<String> answer = post("cards/identify", CardSeed.of(card).identification());
        if (answer.statusCode() != 200) {
            throw new AssertionError("identification failed: " + answer.body());
        }
        return ((IdentifyResult.Match) read(answer, IdentifyResult.class)).identificationRef();
    }

    /**
     * Identifies a card as this client's operator and returns a direct activation carrying the identification.
     *
     * @param card  the card
     * @param email where the remote halves go
     * @return the request
     */
    ActivateCardRequest identifiedActivation(IssuedCard card, String email) {
        return activation(card, email).withIdentification(identify(card));
    }

    /** A direct activation of a card, without the identification the sandbox requires. */
    static ActivateCardRequest activation(IssuedCard card, String email) {
        return CardSeed.of(card)
                .directActivation(
                        new DeliveryChannel(ChannelKind.EMAIL, email),
                        List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)));
    }
}
