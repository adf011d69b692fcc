package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.core.audit.AuditVerification;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart keeps every acknowledged operation; secret codes are not in the database file in clear. */
class SandboxDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void restartKeepsAcknowledgedOperationsAndCodesAreEncryptedAtRest(@TempDir Path data) throws IOException {
        TestPki pki = TestPki.standard();
        IssuedCard card = CardFactory.builder().pki(pki).build().issue(CardHolder.example());
        String cardPath = "cards/" + card.cardId().value();
        long entries;
        try (SimulatedCms cms = builder(data, pki).card(card).start()) {
            SandboxClient asl = new SandboxClient(cms, "asl-1");
            assertEquals(
                    201,
                    asl.post(cardPath + "/activation", asl.identifiedActivation(card, "mario@example.org"))
                            .statusCode());
            var wrong = asl.post(
                    cardPath + "/revocation",
                    "{\"requester\":\"HOLDER\",\"cause\":\"LOSS\"," + "\"cip\":\"" + otherCip(card) + "\"}");
            assertEquals(422, wrong.statusCode(), wrong.body());
            assertEquals(2, JSON.readTree(wrong.body()).get("triesLeft").asInt());
            entries = cms.auditEntries().size();
        }
        assertCodesNotInClear(data, card);
        try (SimulatedCms cms = builder(data, pki).card(card).start()) {
            SandboxClient asl = new SandboxClient(cms, "asl-1");
            assertEquals(
                    "ACTIVE",
                    JSON.readTree(asl.get(cardPath).body()).get("state").asText());
            var wrong = asl.post(
                    cardPath + "/revocation",
                    "{\"requester\":\"HOLDER\",\"cause\":\"LOSS\"," + "\"cip\":\"" + otherCip(card) + "\"}");
            assertEquals(1, JSON.readTree(wrong.body()).get("triesLeft").asInt(), "the try before the restart counts");
            assertTrue(cms.auditEntries().size() > entries);
            assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
            assertEquals(
                    1, cms.outbox(java.util.Optional.of("mario@example.org")).size());
        }
    }

    @Test
    void aRestartReappliesRevocationsToTheTestCa(@TempDir Path data) {
        TestPki before = TestPki.builder().build();
        IssuedCard card = CardFactory.builder().pki(before).build().issue(CardHolder.example());
        try (SimulatedCms cms = builder(data, before)
                .card(card)
                .operator(OperatorSeed.of("admin-1", OperatorRole.ISSUER_ADMIN, SimulatedCms.TUSCANY))
                .start()) {
            var revoked = new SandboxClient(cms, "admin-1")
                    .post("cards/" + card.cardId().value() + "/revocation", RevocationRequest.byIssuer());
            assertEquals(200, revoked.statusCode(), revoked.body());
        }
        TestPki after = TestPki.builder().build();
        TestCa ca = after.issuingCa(TestIssuer.TOSCANA);
        assertTrue(ca.revocations().entry(card.certificate().getSerialNumber()).isEmpty(), "a fresh CA");
        try (SimulatedCms cms = builder(data, after).card(card).start()) {
            assertTrue(
                    ca.revocations().entry(card.certificate().getSerialNumber()).isPresent(),
                    "the restart told the CA again");
            X509CRL crl = ca.issueCrl(ca.crl().build());
            assertTrue(crl.getRevokedCertificate(card.certificate().getSerialNumber()) != null, "listed on the CRL");
            assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
        }
    }

    private static SimulatedCms.Builder builder(Path data, TestPki pki) {
        return SimulatedCms.builder()
                .dataDirectory(data)
                .pki(pki)
                .operator(OperatorSeed.of("asl-1", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY));
    }

    private static String otherCip(IssuedCard card) {
        char[] cip = card.cip().toCharArray();
        cip[7] = cip[7] == '1' ? '2' : '1';
        return new String(cip);
    }

    private static void assertCodesNotInClear(Path data, IssuedCard card) throws IOException {
        String puk = new String(card.puk().toCharArray());
        String cip = new String(card.cip().toCharArray());
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains(puk), "PUK in clear in " + file.getFileName());
                assertFalse(raw.contains(cip), "CIP in clear in " + file.getFileName());
            }
        }
    }
}
