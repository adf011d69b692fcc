package io.tscns.testkit.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.core.audit.AuditVerification;
import io.tscns.testkit.card.IssuedCard;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox through raw HTTPS with mutual TLS: rules per operation and problem documents for every error. */
class SandboxHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SimulatedCms cms;
    private static SandboxClient asl;
    private static SandboxClient pharmacy;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.start();
        asl = new SandboxClient(cms, "asl-1");
        pharmacy = new SandboxClient(cms, "pharmacy-1");
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = json(response);
        assertEquals(code, problem.get("code").asText());
        assertEquals("https://tscns.io/problems/" + code, problem.get("type").asText());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.get("requestId").asText());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    @Test
    void activationReleasesCounterHalvesAndSendsRemoteHalvesToTheOutbox() {
        IssuedCard card = cms.issuedCards().get(1);
        HttpResponse<String> response = pharmacy.post("cards/" + card.cardId().value() + "/activation",
                SandboxClient.activation(card, "anna@example.org"), "act-1");
        assertEquals(201, response.statusCode(), response.body());
        JsonNode halves = json(response).get("receipt").get("counterHalves");
        List<OutboxMessage> messages = cms.outbox(Optional.of("anna@example.org"));
        assertEquals(1, messages.size());
        char[] pin = (halves.get("pin").asText() + new String(messages.get(0).half(0))).toCharArray();
        assertTrue(card.pin().matches(io.tscns.core.secret.Pin.parse(pin)));
        char[] cip = (halves.get("cip").asText() + new String(messages.get(0).half(2))).toCharArray();
        assertTrue(card.cip().matches(io.tscns.core.secret.Cip.parse(cip)));
        Arrays.fill(pin, '\0');
        Arrays.fill(cip, '\0');
        messages.forEach(OutboxMessage::close);

        HttpResponse<String> replay = pharmacy.post("cards/" + card.cardId().value() + "/activation",
                SandboxClient.activation(card, "anna@example.org"), "act-1");
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals(response.body(), replay.body());
        assertEquals(1, cms.outbox(Optional.of("anna@example.org")).size(), "applied once");

        assertProblem(pharmacy.post("cards/" + card.cardId().value() + "/activation",
                SandboxClient.activation(card, "other@example.org"), "act-1"), 422, "idempotency-key-reused");
        assertProblem(pharmacy.post("cards/" + card.cardId().value() + "/activation",
                SandboxClient.activation(card, "anna@example.org")), 409, "illegal-transition");
        assertEquals("ACTIVE", json(asl.get("cards/" + card.cardId().value())).get("state").asText());
        assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
    }

    @Test
    void aPharmacyCannotActivateACardOfAnotherRegion() {
        IssuedCard lombard = cms.issuedCards().get(2);
        assertProblem(pharmacy.post("cards/" + lombard.cardId().value() + "/activation",
                SandboxClient.activation(lombard, "luca@example.org")), 403, "other-region");
    }

    @Test
    void theTuscanyProfileHasNoSuspension() {
        IssuedCard card = cms.issuedCards().get(0);
        assertProblem(new SandboxClient(cms, "callcenter-1").post("cards/" + card.cardId().value() + "/suspension",
                "{}"), 409, "illegal-transition");
        assertProblem(pharmacy.post("cards/" + card.cardId().value() + "/suspension", "{}"), 403,
                "forbidden-role");
    }

    @Test
    void malformedRequestsGetProblemDocuments() {
        String path = "cards/" + cms.issuedCards().get(0).cardId().value() + "/activation";
        assertProblem(asl.post(path, "{\"mode\": "), 400, "malformed-request");
        assertProblem(asl.post(path, "[1,2]"), 400, "malformed-request");
        assertProblem(asl.post(path, "{}", null), 400, "idempotency-key-required");
        assertProblem(asl.post("cards/identify", "{\"codiceFiscale\":\"RSSMRA80A01H501U\"}"), 400,
                "malformed-request");
        assertProblem(asl.get("no/such/route"), 404, "not-found");
        assertProblem(asl.send(HttpRequest.newBuilder(asl.uri(path)).DELETE().build()), 405, "method-not-allowed");
        assertProblem(asl.send(HttpRequest.newBuilder(asl.uri(path)).header("Idempotency-Key", "k-text")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                415, "unsupported-media-type");
        assertProblem(asl.post(path, "{\"x\":\"" + "a".repeat(70_000) + "\"}"), 413, "payload-too-large");
        assertProblem(asl.get("cards/0000000000000000"), 404, "card-not-found");
        assertProblem(new SandboxClient(cms, "disabled-1").get("operators/me"), 403, "operator-disabled");
    }

    @Test
    void identificationGivesTheHolderOrATypedMismatch() {
        IssuedCard card = cms.issuedCards().get(0);
        String expiry = card.personalData().data().parsedExpiryDate().orElseThrow().toString();
        JsonNode match = json(asl.post("cards/identify", "{\"codiceFiscale\":\"%s\",\"teamNumber\":\"%s\",\"expiryDate\":\"%s\"}"
                .formatted(card.codiceFiscale().value(), card.teamNumber().value(), expiry)));
        assertEquals("MATCH", match.get("outcome").asText());
        assertEquals("ROSSI", match.get("holder").get("surname").asText());
        JsonNode mismatch = json(asl.post("cards/identify", "{\"codiceFiscale\":\"%s\",\"teamNumber\":\"%s\",\"expiryDate\":\"%s\"}"
                .formatted(card.codiceFiscale().value(), card.teamNumber().value(), "2001-01-01")));
        assertEquals("MISMATCH", mismatch.get("outcome").asText());
        assertEquals("SCELTA_E_REVOCA_OFFICE", mismatch.get("advice").asText());
        assertEquals("expiryDate", mismatch.get("mismatchedFields").get(0).asText());
    }

    @Test
    void tokenSessionsAuthenticateOperators() {
        SandboxOperator admin = cms.operator("admin-1");
        char[] token = admin.token();
        HttpResponse<String> login = asl.post("sessions", "{\"operatorId\":\"admin-1\",\"token\":\"" + new String(token)
                + "\"}");
        Arrays.fill(token, '\0');
        assertEquals(201, login.statusCode(), login.body());
        String session = json(login).get("sessionToken").asText();
        HttpResponse<String> me = asl.send(HttpRequest.newBuilder(asl.uri("operators/me"))
                .header("Authorization", "Bearer " + session).GET().build());
        assertEquals("ISSUER_ADMIN", json(me).get("role").asText());
        assertProblem(asl.post("sessions", "{\"operatorId\":\"admin-1\",\"token\":\"wrong\"}"), 401,
                "unauthenticated");
    }
}
