package io.tscns.testkit.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.protocol.AuditVerificationView;
import io.tscns.cms.client.protocol.EmissionKind;
import io.tscns.cms.client.protocol.EmissionRequest;
import io.tscns.cms.client.protocol.EmissionResult;
import io.tscns.cms.client.protocol.PersonData;
import io.tscns.cms.client.protocol.ProblemCode;
import io.tscns.cms.client.protocol.ReissueReason;
import io.tscns.cms.client.protocol.ReissueRequest;
import io.tscns.cms.client.protocol.ReissueResult;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.testkit.card.IssuedCard;
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
            CmsForbiddenException notEnabled = assertThrows(CmsForbiddenException.class, () -> ClientFixtures
                    .certificate(cms, "asl-2").requestReissue(card.codiceFiscale(), request));
            assertEquals(Optional.of(ProblemCode.REISSUE_NOT_ENABLED), notEnabled.problemCode());
            CmsForbiddenException pharmacy = assertThrows(CmsForbiddenException.class, () -> ClientFixtures
                    .certificate(cms, "pharmacy-1").requestReissue(card.codiceFiscale(), request));
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
            PersonData baby = new PersonData("NERI", "GIULIA", born, Sex.FEMALE, "FIRENZE",
                    CodiceFiscaleCalculator.compute("NERI", "GIULIA", Sex.FEMALE, born, new BirthPlaceCode("D612")));
            EmissionResult result = ClientFixtures.certificate(cms, "asl-1").requestEmission(
                    new EmissionRequest(EmissionKind.NEWBORN, baby));
            assertEquals(EmissionKind.NEWBORN, result.kind());
            assertEquals(baby.codiceFiscale(), result.codiceFiscale());
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), assertThrows(CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "pharmacy-1").requestEmission(
                            new EmissionRequest(EmissionKind.NEWBORN, baby))).problemCode());
        }
    }

    @Test
    void everyOperationIsAuditedAndTheChainVerifies() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.identifyCard(ClientFixtures.identify(card));
            asl.activateCard(card.cardId(), ClientFixtures.direct(card, "a@example.it")).close();
            assertThrows(Exception.class, () -> asl.activateCard(card.cardId(),
                    ClientFixtures.direct(card, "a@example.it")));
            assertEquals(CardState.ACTIVE, asl.getCard(card.cardId()).state());

            CmsClient admin = ClientFixtures.certificate(cms, "admin-1");
            AuditVerificationView verification = admin.verifyAudit();
            assertTrue(verification.intact(), verification.toString());
            assertTrue(verification.entries() >= 3, "identify, activation and the refused activation");
            String export = admin.exportAudit();
            assertTrue(export.lines().findFirst().orElse("").contains(AuditExport.FORMAT), "export header");
            assertTrue(export.contains("asl-1"));
            assertTrue(!export.contains(new String(card.cip().toCharArray())), "no secret in the audit export");
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), assertThrows(CmsForbiddenException.class,
                    asl::verifyAudit).problemCode());
        }
    }
}
