package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsBadRequestException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsTransportException;
import io.tscns.cms.client.CmsUnavailableException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.cms.protocol.EmissionKind;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.EmissionResult;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReissueResult;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.audit.AuditExportReader;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.simcard.IssuedCard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Duplicate and emission requests (Allegato 2 points 7–8, manual §10.5) and the audit trail, through the HTTPS
 * sandbox with the tscns client.
 */
class ClientRequestsAuditAcceptanceTest {

    @Test
    void reissueAtAnEnabledAslCounterReplacesTheCardAndElsewhereIsRefused() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            ReissueRequest request = new ReissueRequest(ReissueReason.LOST, Optional.of(card.cardId()));
            CmsForbiddenException notEnabled = assertThrows(
                    CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "asl-2").requestReissue(card.codiceFiscale(), request));
            assertEquals(Optional.of(ProblemCode.REISSUE_NOT_ENABLED), notEnabled.problemCode());
            CmsForbiddenException pharmacy = assertThrows(
                    CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "pharmacy-1").requestReissue(card.codiceFiscale(), request));
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), pharmacy.problemCode());

            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            ReissueResult result = asl.requestReissue(card.codiceFiscale(), request);
            assertEquals(card.codiceFiscale(), result.codiceFiscale());
            assertEquals(Optional.of(card.cardId()), result.replacedCard());
            assertTrue(asl.getCard(card.cardId()).state().isFinal(), "the replaced card is revoked or replaced");
        }
    }

    @Test
    void emissionRequestForANewborn() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            LocalDate born = LocalDate.now().minusDays(20);
            PersonData baby = new PersonData(
                    "NERI",
                    "GIULIA",
                    born,
                    Sex.FEMALE,
                    "FIRENZE",
                    CodiceFiscaleCalculator.compute("NERI", "GIULIA", Sex.FEMALE, born, new BirthPlaceCode("D612")));
            EmissionResult result = ClientFixtures.certificate(cms, "asl-1")
                    .requestEmission(new EmissionRequest(EmissionKind.NEWBORN, baby));
            assertEquals(EmissionKind.NEWBORN, result.kind());
            assertEquals(baby.codiceFiscale(), result.codiceFiscale());
            assertEquals(
                    Optional.of(ProblemCode.FORBIDDEN_ROLE),
                    assertThrows(
                                    CmsForbiddenException.class,
                                    () -> ClientFixtures.certificate(cms, "pharmacy-1")
                                            .requestEmission(new EmissionRequest(EmissionKind.NEWBORN, baby)))
                            .problemCode());
        }
    }

    @Test
    void everyOperationIsAuditedAndTheChainVerifies() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.identifyCard(ClientFixtures.identify(card));
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "a@example.it"))
                    .close();
            assertThrows(
                    Exception.class,
                    () -> asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "a@example.it")));
            assertEquals(CardState.ACTIVE, asl.getCard(card.cardId()).state());

            CmsClient admin = ClientFixtures.certificate(cms, "admin-1");
            AuditVerificationView verification = admin.verifyAudit();
            assertTrue(verification.intact(), verification.toString());
            assertTrue(verification.entries() >= 3, "identify, activation and the refused activation");
            String export = admin.exportAudit();
            assertTrue(export.lines().findFirst().orElse("").contains(AuditExport.FORMAT), "export header");
            assertTrue(export.contains("asl-1"));
            assertTrue(!export.contains(new String(card.cip().toCharArray())), "no secret in the audit export");
            assertEquals(
                    Optional.of(ProblemCode.FORBIDDEN_ROLE),
                    assertThrows(CmsForbiddenException.class, asl::verifyAudit).problemCode());
        }
    }

    /**
     * A chain longer than a response may be (and than the sandbox's read page of 512 entries) is exported in
     * segments: each verifies alone, each is anchored at the previous one's head, together they hold the whole
     * chain; the whole export written by the sandbox, page by page, verifies too.
     */
    @Test
    void aLongChainIsExportedInSegmentsThatChainTogether() throws IOException {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            for (int i = 0; i < 1_200; i++) {
                asl.getCard(card.cardId());
            }
            char[] password = "sandbox".toCharArray();
            CmsClient admin = ClientFixtures.builder(cms)
                    .maxResponseBytes(256 * 1024)
                    .credentials(OperatorCredentials.keyStore(
                            cms.operator("admin-1").credential().toPkcs12("operator", password), password))
                    .build();
            CmsUnavailableException tooLarge = assertThrows(CmsUnavailableException.class, admin::exportAudit);
            assertEquals(
                    CmsTransportException.Kind.RESPONSE_TOO_LARGE,
                    assertInstanceOf(CmsTransportException.class, tooLarge.getCause())
                            .kind());

            AuditVerifier verifier = new AuditVerifier(cms.auditKeyRing());
            AuditChainHead head = AuditChainHead.GENESIS;
            int segments = 0;
            while (true) {
                String segment = admin.exportAudit(head.sequence(), 300);
                byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
                AuditVerification verification = verifier.verifyExport(new ByteArrayInputStream(bytes));
                assertInstanceOf(AuditVerification.Intact.class, verification, "segment " + segments);
                AuditExportReader reader = AuditExport.open(new ByteArrayInputStream(bytes));
                assertEquals(head, reader.anchor(), "segment " + segments + " follows the previous one");
                int entries = 0;
                while (reader.next().isPresent()) {
                    entries++;
                }
                head = reader.trailer().orElseThrow().head();
                segments++;
                if (entries < 300) {
                    break;
                }
            }
            assertTrue(segments >= 5, "1,200 reads and the exports themselves make five segments or more: " + segments);
            // An export is audited before it reads the chain, so the last segment ends at the head, its own entry
            // included: the segments together hold every entry.
            assertEquals(cms.auditEntries().size(), head.sequence());

            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            cms.exportAudit(whole);
            AuditVerification all = verifier.verifyExport(new ByteArrayInputStream(whole.toByteArray()));
            assertInstanceOf(AuditVerification.Intact.class, all);
            assertTrue(cms.verifyAudit().isIntact());

            long beyondHead = head.sequence() + 1_000;
            CmsBadRequestException beyond =
                    assertThrows(CmsBadRequestException.class, () -> admin.exportAudit(beyondHead, 10));
            assertEquals(Optional.of(ProblemCode.MALFORMED_REQUEST), beyond.problemCode());
            assertThrows(IllegalArgumentException.class, () -> admin.exportAudit(0, 0));
        }
    }
}
