package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsIdentificationException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SealedEnvelopeActivationRequest;
import io.tscns.cms.protocol.Violation;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 gap 4, roles and profiles ({@code docs/cms.md §9.7}): an authorised body's counter (Toscana manual v2.0
 * §5.3) does what an activation counter does and nothing more; the issuer's own staff identify the holder and release
 * the codes (§8.1, §8.1.1); the {@code dm-2011} profile runs the DM's own activation rules (Allegato 2 point 1a) and
 * delivers PIN and PUK in a sealed envelope when asked (point 1c), which the Tuscan profile refuses. Fails on the
 * code before it: no authorised-body role, the issuer's staff were refused identification, and the {@code dm-2011}
 * sandbox ran the Tuscan activation rules with no envelope.
 */
class ClientRolesProfilesAcceptanceTest {

    private static final LifecycleRequest NOTE = new LifecycleRequest(Optional.empty());

    @Test
    void anAuthorisedBodysCounterActivatesAndIsRefusedWhatOnlyAslCountersAndTheIssuerDo() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            IssuedCard lombard = cms.issuedCards().get(ClientFixtures.LOMBARD);
            CmsClient comune = ClientFixtures.certificate(cms, "comune-1");
            assertEquals(OperatorRole.AUTHORISED_BODY, comune.whoAmI().role());

            // What §5.3 and §10 give an activation counter.
            IdentificationRef visit = assertInstanceOf(
                            IdentifyResult.Match.class, comune.identifyCard(ClientFixtures.identify(card)))
                    .identificationRef();
            comune.activateCard(
                            card.cardId(),
                            ClientFixtures.direct(card, "h@example.it").withIdentification(visit))
                    .close();
            assertEquals(
                    1,
                    comune.recordConsents(
                                    card.cardId(),
                                    new ConsentsUpdate(List.of(
                                                    new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)))
                                            .withIdentification(visit))
                            .consents()
                            .size());
            try (Receipt reprint = comune.reprintCodes(
                    card.cardId(),
                    new ReprintRequest(
                                    RequesterKind.HOLDER,
                                    Optional.empty(),
                                    document(),
                                    new DeliveryChannel(ChannelKind.EMAIL, "h@example.it"))
                            .withIdentification(visit))) {
                assertTrue(reprint.counterHalves().cip().isEmpty());
            }
            // Municipalities activate the cards of other regions too, unlike pharmacies (docs/cms.md §1.3).
            comune.activateCard(lombard.cardId(), ClientFixtures.direct(comune, lombard, "l@example.it"))
                    .close();
            assertEquals(CardState.ACTIVE, comune.getCard(lombard.cardId()).state());

            // And what it is refused: the ASL's duplicate and suspension, the issuer's and the ASL's readings.
            List<Executable> refused = List.of(
                    () -> comune.requestReissue(
                            card.codiceFiscale(),
                            new ReissueRequest(ReissueReason.DAMAGED, Optional.of(card.cardId()))),
                    () -> comune.suspendCard(card.cardId(), NOTE),
                    () -> comune.getHistory(card.cardId()),
                    () -> comune.getHolder(card.cardId()),
                    () -> comune.getPersonOperations(card.codiceFiscale()),
                    comune::exportAudit);
            for (Executable call : refused) {
                CmsForbiddenException e = assertThrows(CmsForbiddenException.class, call::run);
                assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), e.problemCode(), e.getMessage());
            }
            // A Lombard card's codes are Lombardy's business: no reprint from a Tuscan counter.
            IdentificationRef lombardVisit = ClientFixtures.identified(comune, lombard);
            CmsForbiddenException otherRegion = assertThrows(
                    CmsForbiddenException.class,
                    () -> comune.reprintCodes(
                            lombard.cardId(),
                            new ReprintRequest(
                                            RequesterKind.HOLDER,
                                            Optional.empty(),
                                            document(),
                                            new DeliveryChannel(ChannelKind.EMAIL, "l@example.it"))
                                    .withIdentification(lombardVisit)));
            assertEquals(Optional.of(ProblemCode.OTHER_REGION), otherRegion.problemCode());
        }
    }

    @Test
    void theIssuersStaffIdentifyTheHolderAndThenReleaseTheCodes() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient admin = ClientFixtures.certificate(cms, "admin-1");
            IdentifyResult.Match match =
                    assertInstanceOf(IdentifyResult.Match.class, admin.identifyCard(ClientFixtures.identify(card)));
            assertEquals(card.codiceFiscale(), match.holder().codiceFiscale());
            try (Receipt receipt = admin.activateCard(
                    card.cardId(),
                    ClientFixtures.direct(card, "b@example.it").withIdentification(match.identificationRef()))) {
                assertEquals("admin-1", receipt.operatorId());
            }
            List<String> audited = cms.auditEntries().stream()
                    .map(AuditEntry::record)
                    .filter(entry ->
                            entry.operatorId().equals("admin-1") && entry.outcome() instanceof AuditOutcome.Succeeded)
                    .map(AuditRecord::operation)
                    .toList();
            assertEquals(List.of("card.identify", "card.activate"), audited, "audited under the staff member's id");
            List<HistoryEntry> history = admin.getHistory(card.cardId()).entries();
            assertEquals(
                    CmsOperation.ACTIVATE_CARD, history.get(history.size() - 1).operation());
            assertEquals(CardState.ACTIVE, admin.getCard(card.cardId()).state());
        }
    }

    @Test
    void theDm2011ProfileRunsTheDecreesActivationRulesNotTuscanys() {
        try (SimulatedCms tuscany = SimulatedCms.start();
                SimulatedCms dm = SimulatedCms.builder()
                        .lifecycle(LifecyclePolicy.DM_2011)
                        .withDefaultPopulation()
                        .start()) {
            // A delegate for health reasons: the manual has one (§10.3), the DM does not (Allegato 2 point 1a).
            IssuedCard tuscanCard = tuscany.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient tuscanAsl = ClientFixtures.certificate(tuscany, "asl-1");
            try (Receipt receipt = tuscanAsl.activateCard(
                    tuscanCard.cardId(),
                    healthDelegation(tuscanCard)
                            .withIdentification(ClientFixtures.identified(tuscanAsl, tuscanCard)))) {
                assertTrue(receipt.counterHalves().cip().isPresent(), "Tuscany releases the CIP too (§9.1.4)");
            }
            CmsRuleException noCip = assertThrows(
                    CmsRuleException.class,
                    () -> tuscanAsl.revokeCard(tuscanCard.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS)));
            assertEquals(Optional.of(ProblemCode.ILLEGAL_TRANSITION), noCip.problemCode(), "§10.7 step 6: the CIP");
            IssuedCard dmCard = dm.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient dmAsl = ClientFixtures.certificate(dm, "asl-1");
            IdentificationRef dmVisit = ClientFixtures.identified(dmAsl, dmCard);
            CmsRuleException refused = assertThrows(
                    CmsRuleException.class,
                    () -> dmAsl.activateCard(
                            dmCard.cardId(), healthDelegation(dmCard).withIdentification(dmVisit)));
            assertEquals(Optional.of(ProblemCode.ACTIVATION_REJECTED), refused.problemCode());
            assertEquals(
                    List.of("mode-not-offered"),
                    refused.violations().stream().map(Violation::code).toList());
            assertEquals(CardState.SHIPPED, dmAsl.getCard(dmCard.cardId()).state());

            // The holder in person: PIN and PUK only, the DM knows no CIP.
            try (Receipt receipt = dmAsl.activateCard(
                    dmCard.cardId(),
                    ClientFixtures.direct(dmCard, "d@example.it").withIdentification(dmVisit))) {
                assertTrue(receipt.counterHalves().cip().isEmpty());
            }
            // So the holder revokes without one (All. 2 point 3; core LifecyclePolicy.DM_2011).
            assertEquals(
                    CardState.REVOKED,
                    dmAsl.revokeCard(dmCard.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS))
                            .state());
        }
    }

    @Test
    void theDm2011ProfileDeliversPinAndPukInASealedEnvelopeAndTuscanyRefusesIt() {
        try (SimulatedCms tuscany = SimulatedCms.start();
                SimulatedCms dm = SimulatedCms.builder()
                        .lifecycle(LifecyclePolicy.DM_2011)
                        .withDefaultPopulation()
                        .start()) {
            IssuedCard dmCard = dm.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient pharmacy = ClientFixtures.certificate(dm, "pharmacy-1");
            // An activation like any other: the operator's fresh identification of the card first (docs/cms.md §9.5).
            CmsIdentificationException unidentified = assertThrows(
                    CmsIdentificationException.class,
                    () -> pharmacy.activateCardBySealedEnvelope(dmCard.cardId(), envelope(dmCard)));
            assertEquals(Optional.of(ProblemCode.IDENTIFICATION_REQUIRED), unidentified.problemCode());
            assertEquals(CardState.SHIPPED, pharmacy.getCard(dmCard.cardId()).state());
            try (SealedEnvelope envelope = pharmacy.activateCardBySealedEnvelope(
                    dmCard.cardId(),
                    envelope(dmCard).withIdentification(ClientFixtures.identified(pharmacy, dmCard)))) {
                assertWhole(dmCard.pin().toCharArray(), envelope.pin().reveal());
                assertWhole(dmCard.puk().toCharArray(), envelope.puk().reveal());
                assertEquals("pharmacy-1", envelope.operatorId());
                assertFalse(envelope.toString().contains(new String(dmCard.pin().toCharArray())));
            }
            assertEquals(CardState.ACTIVE, pharmacy.getCard(dmCard.cardId()).state());
            assertTrue(
                    dm.outbox(Optional.empty()).stream()
                            .noneMatch(m -> m.cardId().equals(dmCard.cardId())),
                    "nothing of an envelope's codes travels apart");

            IssuedCard tuscanCard = tuscany.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient tuscanPharmacy = ClientFixtures.certificate(tuscany, "pharmacy-1");
            SealedEnvelopeActivationRequest unoffered =
                    envelope(tuscanCard).withIdentification(ClientFixtures.identified(tuscanPharmacy, tuscanCard));
            CmsRuleException refused = assertThrows(
                    CmsRuleException.class,
                    () -> tuscanPharmacy.activateCardBySealedEnvelope(tuscanCard.cardId(), unoffered));
            assertEquals(Optional.of(ProblemCode.DELIVERY_NOT_OFFERED), refused.problemCode());
            assertEquals(
                    CardState.SHIPPED,
                    tuscanPharmacy.getCard(tuscanCard.cardId()).state());
        }
    }

    private static void assertWhole(char[] expected, char[] actual) {
        try {
            assertArrayEquals(expected, actual);
        } finally {
            Arrays.fill(expected, '\0');
            Arrays.fill(actual, '\0');
        }
    }

    private static PresentedDocument document() {
        return PresentedDocument.withoutDeclaration(
                ClientFixtures.document(Optional.of(LocalDate.now().plusYears(5))));
    }

    private static ActivateCardRequest healthDelegation(IssuedCard card) {
        return new ActivateCardRequest(
                card.codiceFiscale(),
                ClientFixtures.expiry(card),
                new ApplicantData(
                        ActivationMode.DELEGATE_HEALTH,
                        Optional.empty(),
                        Optional.of(new DelegateIdentity("ROSSI", "LUCIA", CodiceFiscale.parse("12345678903"))),
                        document()),
                Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY),
                new DeliveryChannel(ChannelKind.SMS, "+393331234567"),
                true,
                List.of());
    }

    private static SealedEnvelopeActivationRequest envelope(IssuedCard card) {
        return new SealedEnvelopeActivationRequest(
                card.codiceFiscale(),
                ClientFixtures.expiry(card),
                new ApplicantData(ActivationMode.DIRECT, Optional.empty(), Optional.empty(), document()),
                Set.of(),
                true,
                List.of(),
                Optional.empty());
    }

    /** A call that must be refused. */
    @FunctionalInterface
    private interface Executable {
        void run() throws CmsException;
    }
}
