package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CallOptions;
import io.tscns.cms.client.CmsBadRequestException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol on the wire: malformed requests answered with problem documents (never a stack trace), idempotent
 * replay and key reuse, through the HTTPS sandbox with raw HTTP and with the tscns client.
 */
class ClientWireAcceptanceTest {

    private static SimulatedCms cms;
    private static HttpClient raw;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.start();
        raw = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.client(cms.operator("asl-1").credential(), List.of(cms.caCertificate())))
                .build();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    private static HttpResponse<byte[]> post(String path, String contentType, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + cms.port() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ProblemDocument problem(HttpResponse<byte[]> response, ProblemCode expected) {
        assertEquals(expected.status(), response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("at io.tscns"), text);
        ProblemDocument document = CmsJson.decode(response.body(), ProblemDocument.class);
        assertEquals(expected.code(), document.code());
        assertEquals(expected.type().toString(), document.type());
        return document;
    }

    @Test
    void garbageJsonIsAMalformedRequestWithoutStackTraceNorEcho() throws Exception {
        IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
        String path = "/cms/v1/cards/" + card.cardId().value() + "/activation";
        for (String garbage : List.of(
                "{\"holder\": 12345678 ,,}",
                "not json at all",
                "[1,2,3]",
                "{}",
                "{\"holder\":\"" + card.codiceFiscale().value() + "\",\"cip\":\"55667788\"}",
                "\u0000\u00ff")) {
            ProblemDocument document = problem(
                    post(path, "application/json", garbage, "k-" + garbage.length()), ProblemCode.MALFORMED_REQUEST);
            assertFalse(document.detail().orElse("").contains("55667788"), "the rejected input is not echoed");
        }
    }

    @Test
    void protocolRulesAnswerTheirOwnCodes() throws Exception {
        IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
        String path = "/cms/v1/cards/" + card.cardId().value() + "/activation";
        String body = new String(CmsJson.encode(ClientFixtures.direct(card, "w@example.it")), StandardCharsets.UTF_8);
        problem(post(path, "application/json", body, null), ProblemCode.IDEMPOTENCY_KEY_REQUIRED);
        problem(post(path, "text/plain", body, "k-text"), ProblemCode.UNSUPPORTED_MEDIA_TYPE);
        problem(post("/cms/v1/no-such-route", "application/json", "{}", "k-route"), ProblemCode.NOT_FOUND);
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return raw.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + cms.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void badQueryParametersAreMalformedRequestsNamingTheParameter() throws Exception {
        // The outbox is read with the sandbox's own capability token, not an operator's credentials; only the
        // issuer administrator may export the audit, so that is asked as admin-1.
        char[] token = cms.outboxToken();
        HttpResponse<byte[]> outbox = raw.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + cms.port() + "/cms/v1/outbox"))
                        .header("X-Sandbox-Outbox-Token", new String(token))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        java.util.Arrays.fill(token, '\0');
        ProblemDocument noAddress = problem(outbox, ProblemCode.MALFORMED_REQUEST);
        assertEquals(Optional.of("address"), noAddress.violations().get(0).field());
        HttpClient admin = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsContexts.client(cms.operator("admin-1").credential(), List.of(cms.caCertificate())))
                .build();
        for (String query : List.of("after=-1", "after=x", "after=1234567890123456789", "limit=0", "after=99999999")) {
            HttpResponse<byte[]> response = admin.send(
                    HttpRequest.newBuilder(
                                    URI.create("https://localhost:" + cms.port() + "/cms/v1/audit/export?" + query))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ProblemDocument document = problem(response, ProblemCode.MALFORMED_REQUEST);
            assertTrue(query.startsWith(document.violations().get(0).field().orElseThrow()), query);
        }
    }

    @Test
    void theSameKeyReplaysTheFirstOutcomeAndADifferentBodyIsRefused() throws Exception {
        IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
        CmsClient client = ClientFixtures.certificate(cms, "asl-1");
        IdempotencyKey key =
                new IdempotencyKey("counter-asl-1:activation:" + card.cardId().value());
        String first;
        ActivateCardRequest request = ClientFixtures.direct(client, card, "k@example.it");
        try (Receipt receipt = client.activateCard(card.cardId(), request, CallOptions.withKey(key))) {
            first = receipt.receiptId();
        }
        try (Receipt replay = client.activateCard(card.cardId(), request, CallOptions.withKey(key))) {
            assertEquals(first, replay.receiptId());
        }
        assertEquals(1, cms.outbox(Optional.of("k@example.it")).size(), "applied once");
        CmsBadRequestException reused = assertThrows(
                CmsBadRequestException.class,
                () -> client.activateCard(
                        card.cardId(), ClientFixtures.direct(card, "other@example.it"), CallOptions.withKey(key)));
        assertEquals(Optional.of(ProblemCode.IDEMPOTENCY_KEY_REUSED), reused.problemCode());

        String path = "/cms/v1/cards/" + card.cardId().value() + "/activation";
        String body = new String(CmsJson.encode(request), StandardCharsets.UTF_8);
        HttpResponse<byte[]> again = post(path, "application/json", body, key.value());
        assertEquals(201, again.statusCode());
        assertEquals(Optional.of("true"), again.headers().firstValue("Idempotent-Replayed"));
    }
}
