package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsCipException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.simcard.IssuedCard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Revocation with the CIP (§10.7) and by the issuer (§10.7.1), suspension and reactivation where the policy allows
 * them, through the HTTPS sandbox with the tscns client.
 */
class ClientLifecycleAcceptanceTest {

    private static final LifecycleRequest NOTE = new LifecycleRequest(Optional.of("holder called"));

    @Test
    void holderRevocationWithTheCipAfterAWrongOne() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "r@example.it"))
                    .close();
            CmsCipException e = assertThrows(
                    CmsCipException.class,
                    () -> asl.revokeCard(
                            card.cardId(),
                            RevocationRequest.byHolder(RevocationCause.LOSS, ClientFixtures.wrongCip(card.cip()))));
            assertEquals(Optional.of(ProblemCode.WRONG_CIP), e.problemCode());
            assertEquals(Optional.of(2), e.triesLeft());
            assertFalse(e.getMessage().contains(new String(card.cip().toCharArray())));
            assertEquals(
                    CardState.REVOKED,
                    asl.revokeCard(card.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, card.cip()))
                            .state());
            CmsRuleException twice = assertThrows(
                    CmsRuleException.class,
                    () -> asl.revokeCard(card.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, card.cip())));
            assertEquals(Optional.of(ProblemCode.ILLEGAL_TRANSITION), twice.problemCode());
        }
    }

    @Test
    void theCipIsBlockedAfterThreeWrongTries() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient callCentre = ClientFixtures.certificate(cms, "callcenter-1");
            CmsClient activating = ClientFixtures.certificate(cms, "asl-1");
            activating
                    .activateCard(card.cardId(), ClientFixtures.direct(activating, card, "b@example.it"))
                    .close();
            CmsCipException last = null;
            for (int i = 0; i < 3; i++) {
                last = assertThrows(
                        CmsCipException.class,
                        () -> callCentre.revokeCard(
                                card.cardId(),
                                RevocationRequest.byHolder(
                                        RevocationCause.THEFT, ClientFixtures.wrongCip(card.cip()))));
            }
            assertTrue(last.blocked() || last.triesLeft().equals(Optional.of(0)), last.getMessage());
            CmsCipException blocked = assertThrows(
                    CmsCipException.class,
                    () -> callCentre.revokeCard(
                            card.cardId(), RevocationRequest.byHolder(RevocationCause.THEFT, card.cip())));
            assertEquals(Optional.of(ProblemCode.CIP_BLOCKED), blocked.problemCode());
        }
    }

    @Test
    void issuerRevocationForPersonalDataErrorsOnlyByTheIssuerAdministrator() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsForbiddenException e = assertThrows(
                    CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "asl-1")
                            .revokeCard(card.cardId(), RevocationRequest.byIssuer()));
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), e.problemCode());
            assertEquals(
                    CardState.REVOKED,
                    ClientFixtures.certificate(cms, "admin-1")
                            .revokeCard(card.cardId(), RevocationRequest.byIssuer())
                            .state());
        }
    }

    @Test
    void suspensionIsAnIllegalTransitionUnderTheTuscanyProfile() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "s@example.it"))
                    .close();
            CmsRuleException e = assertThrows(CmsRuleException.class, () -> asl.suspendCard(card.cardId(), NOTE));
            assertEquals(Optional.of(ProblemCode.ILLEGAL_TRANSITION), e.problemCode());
            assertEquals(CardState.ACTIVE, asl.getCard(card.cardId()).state());
        }
    }

    @Test
    void suspensionAndReactivationUnderTheDm2011Profile() {
        try (SimulatedCms cms = SimulatedCms.builder()
                .lifecycle(LifecyclePolicy.DM_2011)
                .withDefaultPopulation()
                .start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient activating = ClientFixtures.certificate(cms, "asl-1");
            activating
                    .activateCard(card.cardId(), ClientFixtures.direct(activating, card, "d@example.it"))
                    .close();
            CmsClient callCentre = ClientFixtures.certificate(cms, "callcenter-1");
            assertEquals(
                    CardState.SUSPENDED,
                    callCentre.suspendCard(card.cardId(), NOTE).state());
            assertEquals(
                    CardState.ACTIVE,
                    callCentre.reactivateCard(card.cardId(), NOTE).state());
            CmsForbiddenException pharmacy = assertThrows(
                    CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "pharmacy-1").suspendCard(card.cardId(), NOTE));
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), pharmacy.problemCode());
            CmsRuleException notSuspended =
                    assertThrows(CmsRuleException.class, () -> callCentre.reactivateCard(card.cardId(), NOTE));
            assertEquals(Optional.of(ProblemCode.ILLEGAL_TRANSITION), notSuspended.problemCode());
        }
    }
}
