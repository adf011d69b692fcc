package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.EmissionKind;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.EmissionResult;
import io.tscns.cms.protocol.HistoryView;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReissueResult;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestIssuer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = json(response);
        assertEquals(code, problem.get("code").asText());
        assertEquals(code, SandboxClient.read(response, ProblemDocument.class).code());
        assertEquals("https://tscns.io/problems/" + code, problem.get("type").asText());
        assertEquals(
                response.headers().firstValue("X-Request-Id").orElseThrow(),
                problem.get("requestId").asText());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    @Test
    void activationReleasesCounterHalvesAndSendsRemoteHalvesToTheOutbox() {
        IssuedCard card = cms.issuedCards().get(1);
        String path = "cards/" + card.cardId().value() + "/activation";
        ActivateCardRequest request = pharmacy.identifiedActivation(card, "anna@example.org");
        HttpResponse<String> response = pharmacy.post(path, request, "act-1");
        assertEquals(201, response.statusCode(), response.body());
        Receipt receipt = SandboxClient.read(response, Receipt.class);
        assertEquals(card.cardId(), receipt.cardId());
        assertEquals(ChannelKind.EMAIL, receipt.channel());
        List<OutboxMessage> messages = cms.outbox(Optional.of("anna@example.org"));
        assertEquals(1, messages.size());
        CodeHalves remote = messages.get(0).remoteHalves();
        assertTrue(card.pin().matches(Pin.parse(join(receipt.counterHalves().pin(), remote.pin()))));
        assertTrue(card.puk().matches(Puk.parse(join(receipt.counterHalves().puk(), remote.puk()))));
        assertTrue(card.cip()
                .matches(Cip.parse(join(
                        receipt.counterHalves().cip().orElseThrow(),
                        remote.cip().orElseThrow()))));
        receipt.destroy();
        remote.destroy();

        HttpResponse<String> replay = pharmacy.post(path, request, "act-1");
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals(response.body(), replay.body());
        assertEquals(1, cms.outbox(Optional.of("anna@example.org")).size(), "applied once");

        assertProblem(
                pharmacy.post(path, SandboxClient.activation(card, "other@example.org"), "act-1"),
                422,
                "idempotency-key-reused");
        assertProblem(
                pharmacy.post(path, pharmacy.identifiedActivation(card, "anna@example.org")),
                409,
                "illegal-transition");
        assertEquals(
                CardState.ACTIVE,
                SandboxClient.read(asl.get("cards/" + card.cardId().value()), CardStatus.class)
                        .state());
        assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
    }

    private static char[] join(SecretText first, SecretText second) {
        char[] a = first.reveal();
        char[] b = second.reveal();
        char[] all = new char[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
        return all;
    }

    @Test
    void theOutboxIsTheSandboxsOwnAuditedEndpoint() {
        IssuedCard card = CardFactory.builder()
                .pki(cms.pki())
                .build()
                .issue(new CardHolder(
                        "NERI",
                        "PAOLA",
                        Sex.FEMALE,
                        LocalDate.of(1970, 4, 9),
                        new BirthPlaceCode("D612"),
                        new BirthPlaceCode("D612")));
        cms.addCard(card);
        assertEquals(
                201,
                pharmacy.post(
                                "cards/" + card.cardId().value() + "/activation",
                                pharmacy.identifiedActivation(card, "paola.neri@example.org"))
                        .statusCode());

        // The operator who holds the receipt cannot read the other halves: the outbox is the sandbox's capability.
        assertProblem(pharmacy.get("outbox?address=paola.neri%40example.org"), 401, "unauthenticated");
        assertProblem(
                new SandboxClient(cms, "admin-1").get("outbox?address=paola.neri%40example.org"),
                401,
                "unauthenticated");
        HttpResponse<String> read = pharmacy.send(pharmacy.outbox("outbox?address=paola.neri%40example.org"));
        assertEquals(200, read.statusCode(), read.body());
        List<OutboxMessage> messages =
                SandboxClient.read(read, OutboxView.class).messages();
        assertEquals(
                List.of(card.cardId()),
                messages.stream().map(OutboxMessage::cardId).toList());
        assertEquals("paola.neri@example.org", messages.get(0).address());
        messages.forEach(message -> message.remoteHalves().destroy());
        assertProblem(pharmacy.send(pharmacy.outbox("outbox")), 400, "malformed-request");
        assertProblem(pharmacy.post("outbox", "{}"), 405, "method-not-allowed");
        assertTrue(
                cms.auditEntries().stream()
                        .anyMatch(entry -> entry.record().operation().equals("outbox.read")
                                && entry.record().operatorId().equals("sandbox-outbox")
                                && entry.record().outcome() instanceof io.tscns.core.audit.AuditOutcome.Succeeded),
                "the read is audited");
        assertTrue(
                cms.auditEntries().stream()
                        .anyMatch(entry -> entry.record().operation().equals("outbox.read")
                                && entry.record().operatorId().equals("anonymous")),
                "so are the refused reads");
    }

    @Test
    void aPharmacyCannotActivateACardOfAnotherRegion() {
        IssuedCard lombard = cms.issuedCards().get(2);
        assertProblem(
                pharmacy.post(
                        "cards/" + lombard.cardId().value() + "/activation",
                        SandboxClient.activation(lombard, "luca@example.org")),
                403,
                "other-region");
    }

    @Test
    void theTuscanyProfileHasNoSuspension() {
        IssuedCard card = cms.issuedCards().get(0);
        assertProblem(
                new SandboxClient(cms, "callcenter-1")
                        .post("cards/" + card.cardId().value() + "/suspension", "{}"),
                409,
                "illegal-transition");
        assertProblem(pharmacy.post("cards/" + card.cardId().value() + "/suspension", "{}"), 403, "forbidden-role");
    }

    @Test
    void aCardIsFoundByItsTeamNumberAndTheReadIsAuditedAsAStatusReadOfThatCard() {
        IssuedCard card = cms.issuedCards().get(2);
        HttpResponse<String> found =
                pharmacy.get("team-numbers/" + card.teamNumber().value());
        assertEquals(200, found.statusCode(), found.body());
        CardStatus status = SandboxClient.read(found, CardStatus.class);
        assertEquals(card.cardId(), status.cardId());
        assertEquals(card.teamNumber(), status.teamNumber());
        String requestId = found.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(cms.auditEntries().stream()
                .anyMatch(entry -> entry.record().requestId().equals(Optional.of(requestId))
                        && entry.record().operation().equals("card.status")
                        && entry.record()
                                .cardId()
                                .equals(Optional.of(card.cardId().value()))
                        && entry.record()
                                .codiceFiscale()
                                .equals(Optional.of(
                                        card.holder().codiceFiscale().value()))));
    }

    @Test
    void anUnknownOrMalformedTeamNumberGetsTheProblemsOfACardId() {
        String unknown = TeamNumber.fromCardId(CardId.parse("0000000000000000")).value();
        assertProblem(asl.get("team-numbers/" + unknown), 404, "card-not-found");
        String valid = cms.issuedCards().get(0).teamNumber().value();
        String badCheckDigit = valid.substring(0, 19) + (char) ('0' + (valid.charAt(19) - '0' + 1) % 10);
        for (String malformed :
                List.of(badCheckDigit, valid.substring(0, 19), valid + "0", "8038000x" + valid.substring(8))) {
            assertProblem(asl.get("team-numbers/" + malformed), 400, "malformed-request");
        }
        assertProblem(
                asl.send(HttpRequest.newBuilder(asl.uri("team-numbers/" + valid))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                405,
                "method-not-allowed");
    }

    @Test
    void malformedRequestsGetProblemDocuments() {
        assertProblem(
                asl.post("cards/" + cms.issuedCards().get(0).cardId().value() + "/activation", "{\"unknown\":1}"),
                400,
                "malformed-request");
        assertProblem(asl.get("cards/not-a-card"), 400, "malformed-request");
        assertProblem(asl.get("cards/identify"), 405, "method-not-allowed");
        String path = "cards/" + cms.issuedCards().get(0).cardId().value() + "/activation";
        assertProblem(asl.post(path, "{\"mode\": "), 400, "malformed-request");
        assertProblem(asl.post(path, "[1,2]"), 400, "malformed-request");
        assertProblem(asl.post(path, "{}", null), 400, "idempotency-key-required");
        assertProblem(asl.post("cards/identify", "{\"codiceFiscale\":\"RSSMRA80A01H501U\"}"), 400, "malformed-request");
        assertProblem(asl.get("no/such/route"), 404, "not-found");
        assertProblem(asl.send(HttpRequest.newBuilder(asl.uri(path)).DELETE().build()), 405, "method-not-allowed");
        assertProblem(
                asl.send(HttpRequest.newBuilder(asl.uri(path))
                        .header("Idempotency-Key", "k-text")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build()),
                415,
                "unsupported-media-type");
        assertProblem(asl.post(path, "{\"x\":\"" + "a".repeat(70_000) + "\"}"), 413, "payload-too-large");
        assertProblem(asl.get("cards/0000000000000000"), 404, "card-not-found");
        assertProblem(new SandboxClient(cms, "disabled-1").get("operators/me"), 403, "operator-disabled");
    }

    @Test
    void identificationGivesTheHolderOrATypedMismatch() {
        IssuedCard card = cms.issuedCards().get(0);
        String expiry =
                card.personalData().data().parsedExpiryDate().orElseThrow().toString();
        JsonNode match = json(asl.post(
                "cards/identify",
                "{\"codiceFiscale\":\"%s\",\"teamNumber\":\"%s\",\"expiryDate\":\"%s\"}"
                        .formatted(
                                card.codiceFiscale().value(), card.teamNumber().value(), expiry)));
        assertEquals("MATCH", match.get("outcome").asText());
        assertEquals("ROSSI", match.get("holder").get("surname").asText());
        JsonNode mismatch = json(asl.post(
                "cards/identify",
                "{\"codiceFiscale\":\"%s\",\"teamNumber\":\"%s\",\"expiryDate\":\"%s\"}"
                        .formatted(
                                card.codiceFiscale().value(), card.teamNumber().value(), "2001-01-01")));
        assertEquals("MISMATCH", mismatch.get("outcome").asText());
        assertEquals("SCELTA_E_REVOCA_OFFICE", mismatch.get("advice").asText());
        assertEquals("EXPIRY_DATE", mismatch.get("mismatchedFields").get(0).asText());
        IdentifyResult typed = SandboxClient.read(
                asl.post(
                        "cards/identify",
                        new IdentifyRequest(
                                card.codiceFiscale(),
                                card.teamNumber(),
                                card.personalData().data().parsedExpiryDate().orElseThrow())),
                IdentifyResult.class);
        assertEquals(
                card.codiceFiscale(), ((IdentifyResult.Match) typed).holder().codiceFiscale());
    }

    @Test
    void tokenSessionsAuthenticateOperators() {
        SandboxOperator admin = cms.operator("admin-1");
        char[] token = admin.token();
        HttpResponse<String> login =
                asl.post("sessions", "{\"operatorId\":\"admin-1\",\"token\":\"" + new String(token) + "\"}");
        Arrays.fill(token, '\0');
        assertEquals(201, login.statusCode(), login.body());
        LoginResult result = SandboxClient.read(login, LoginResult.class);
        char[] session = result.sessionToken().reveal();
        HttpResponse<String> me = asl.send(HttpRequest.newBuilder(asl.uri("operators/me"))
                .header("Authorization", "Bearer " + new String(session))
                .GET()
                .build());
        Arrays.fill(session, '\0');
        assertEquals(
                OperatorRole.ISSUER_ADMIN,
                SandboxClient.read(me, OperatorProfile.class).role());
        assertEquals(OperatorRole.ISSUER_ADMIN, result.operator().role());
        assertProblem(asl.post("sessions", "{\"operatorId\":\"admin-1\",\"token\":\"wrong\"}"), 401, "unauthenticated");
    }

    @Test
    void reissueReplacesTheOldCardAtTheCaAndRecordsAPendingCard() {
        IssuedCard card = cms.issuedCards().get(0);
        String path = "persons/" + card.codiceFiscale().value() + "/reissue-requests";
        ReissueRequest damaged = new ReissueRequest(ReissueReason.DAMAGED, Optional.of(card.cardId()));
        assertProblem(new SandboxClient(cms, "asl-2").post(path, damaged), 403, "reissue-not-enabled");
        assertProblem(pharmacy.post(path, damaged), 403, "forbidden-role");

        HttpResponse<String> response = asl.post(path, damaged);
        assertEquals(201, response.statusCode(), response.body());
        ReissueResult result = SandboxClient.read(response, ReissueResult.class);
        assertEquals(Optional.of(card.cardId()), result.replacedCard());
        List<CardStatus> cards = SandboxClient.read(
                        asl.get("persons/" + card.codiceFiscale().value() + "/cards"), PersonCards.class)
                .cards();
        assertEquals(2, cards.size());
        assertEquals(
                CardState.REPLACED,
                cards.stream()
                        .filter(c -> c.cardId().equals(card.cardId()))
                        .findFirst()
                        .orElseThrow()
                        .state());
        CardStatus pending = cards.stream()
                .filter(c -> !c.cardId().equals(card.cardId()))
                .findFirst()
                .orElseThrow();
        assertEquals(CardState.ISSUED, pending.state());
        assertEquals(card.cardId().inferredRegionCode(), pending.issuerRegion());
        assertTrue(
                cms.pki()
                        .issuingCa(TestIssuer.TOSCANA)
                        .revocations()
                        .entry(card.certificate().getSerialNumber())
                        .isPresent(),
                "the old certificate is revoked at the test CA");
        HistoryView history =
                SandboxClient.read(asl.get("cards/" + card.cardId().value() + "/history"), HistoryView.class);
        assertEquals(
                CmsOperation.REQUEST_REISSUE,
                history.entries().get(history.entries().size() - 1).operation());
    }

    @Test
    void emissionRecordsThePersonAndAPendingCard() {
        PersonData newborn = new PersonData(
                "NERI",
                "GIULIA",
                LocalDate.of(2024, 2, 29),
                Sex.FEMALE,
                "D612",
                CodiceFiscaleCalculator.compute(
                        "NERI", "GIULIA", Sex.FEMALE, LocalDate.of(2024, 2, 29), new BirthPlaceCode("D612")));
        assertProblem(
                pharmacy.post("emission-requests", new EmissionRequest(EmissionKind.NEWBORN, newborn)),
                403,
                "forbidden-role");
        HttpResponse<String> response =
                asl.post("emission-requests", new EmissionRequest(EmissionKind.NEWBORN, newborn));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(
                newborn.codiceFiscale(),
                SandboxClient.read(response, EmissionResult.class).codiceFiscale());
        PersonCards cards =
                SandboxClient.read(asl.get("persons/" + newborn.codiceFiscale().value() + "/cards"), PersonCards.class);
        assertEquals(1, cards.cards().size());
        assertEquals(CardState.ISSUED, cards.cards().get(0).state());
        assertEquals(SimulatedCms.TUSCANY, cards.cards().get(0).issuerRegion());
        assertEquals(
                newborn,
                SandboxClient.read(
                        asl.get("cards/" + cards.cards().get(0).cardId().value() + "/holder"), PersonData.class));
    }
}
