package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.client.CmsCipException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.EmissionKind;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The lifecycle's loose ends (issue 21 gap 3, {@code docs/cms.md §9.6}) through the HTTPS sandbox with the tscns
 * client: shipment of emitted and re-issued cards, expiry applied by the sandbox's clock, revocation of a lost card
 * by the issuer's office on identification when the CIP is lost or blocked, and a re-issue that retires an activated
 * card only on the proof a revocation needs. Every activation identifies the card first, as a counter does.
 */
class ClientLifecycleLooseEndsAcceptanceTest {

    private static final LifecycleRequest NOTE = new LifecycleRequest(Optional.of("delivered to the counter"));
    private static final ApplicantData HOLDER_IN_PERSON = new ApplicantData(
            ActivationMode.DIRECT,
            Optional.empty(),
            Optional.empty(),
            PresentedDocument.withoutDeclaration(
                    ClientFixtures.document(Optional.of(LocalDate.now().plusYears(20)))));

    @Test
    void anEmittedCardIsShippedByTheIssuerThenActivated() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            LocalDate born = LocalDate.of(1980, 4, 2);
            PersonData person = new PersonData(
                    "NERI",
                    "PAOLO",
                    born,
                    Sex.MALE,
                    "FIRENZE",
                    CodiceFiscaleCalculator.compute("NERI", "PAOLO", Sex.MALE, born, new BirthPlaceCode("D612")));
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.requestEmission(new EmissionRequest(EmissionKind.IMMIGRANT, person));
            CardStatus card = asl.getPersonCards(person.codiceFiscale()).cards().get(0);
            assertEquals(CardState.ISSUED, card.state());

            shipThenActivate(cms, asl, card, person);
        }
    }

    @Test
    void aReissuedCardIsShippedByTheIssuerThenActivated() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard old = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.requestReissue(
                    old.codiceFiscale(), new ReissueRequest(ReissueReason.NOT_DELIVERED, Optional.of(old.cardId())));
            CardStatus fresh = asl.getPersonCards(old.codiceFiscale()).cards().stream()
                    .filter(c -> !c.cardId().equals(old.cardId()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(CardState.ISSUED, fresh.state());

            shipThenActivate(cms, asl, fresh, asl.getHolder(old.cardId()));
        }
    }

    /** An issued card cannot be activated; only the issuer ships it; once shipped, it is identified and activated. */
    private static void shipThenActivate(SimulatedCms cms, CmsClient asl, CardStatus card, PersonData holder) {
        IdentifyRequest identify = new IdentifyRequest(holder.codiceFiscale(), card.teamNumber(), card.expiryDate());
        ActivateCardRequest activation = new ActivateCardRequest(
                holder.codiceFiscale(),
                card.expiryDate(),
                HOLDER_IN_PERSON,
                Set.of(),
                new DeliveryChannel(ChannelKind.EMAIL, "neri@example.it"),
                true,
                List.of());
        IdentifyResult.Match first = assertInstanceOf(IdentifyResult.Match.class, asl.identifyCard(identify));
        assertProblem(
                CmsRuleException.class,
                ProblemCode.ILLEGAL_TRANSITION,
                () -> asl.activateCard(card.cardId(), activation.withIdentification(first.identificationRef()))
                        .close());
        assertProblem(CmsForbiddenException.class, ProblemCode.FORBIDDEN_ROLE, () -> asl.shipCard(card.cardId(), NOTE));

        CmsClient admin = ClientFixtures.certificate(cms, "admin-1");
        assertEquals(CardState.SHIPPED, admin.shipCard(card.cardId(), NOTE).state());
        assertProblem(
                CmsRuleException.class, ProblemCode.ILLEGAL_TRANSITION, () -> admin.shipCard(card.cardId(), NOTE));

        IdentifyResult.Match identified = assertInstanceOf(IdentifyResult.Match.class, asl.identifyCard(identify));
        asl.activateCard(card.cardId(), activation.withIdentification(identified.identificationRef()))
                .close();
        assertEquals(CardState.ACTIVE, asl.getCard(card.cardId()).state());
        List<HistoryEntry> history = asl.getHistory(card.cardId()).entries();
        HistoryEntry shipment = history.stream()
                .filter(e -> e.operation() == CmsOperation.SHIP_CARD
                        && e.stateAfter().equals(Optional.of(CardState.SHIPPED)))
                .findFirst()
                .orElseThrow();
        assertEquals("admin-1", shipment.operatorId());
    }

    @Test
    void theSandboxClockExpiresACardOnceAndAnExpiredCardRefusesActivationAndReprint() {
        ManualClock clock = new ManualClock(Instant.now());
        try (SimulatedCms cms =
                SimulatedCms.builder().clock(clock).withDefaultPopulation().start()) {
            IssuedCard active = cms.issuedCards().get(ClientFixtures.TUSCAN);
            IssuedCard shipped = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            CmsClient admin = ClientFixtures.certificate(cms, "admin-1");
            asl.activateCard(active.cardId(), ClientFixtures.direct(asl, active, "e@example.it"))
                    .close();
            assertProblem(
                    CmsRuleException.class,
                    ProblemCode.ILLEGAL_TRANSITION,
                    () -> admin.expireCard(shipped.cardId(), NOTE));

            LocalDate lastValidDay = ClientFixtures.expiry(active);
            clock.set(lastValidDay.atTime(21, 0).toInstant(ZoneOffset.UTC)); // 22:00 in Rome: still valid
            assertEquals(CardState.ACTIVE, asl.getCard(active.cardId()).state());
            clock.set(lastValidDay.plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));

            assertEquals(CardState.EXPIRED, asl.getCard(active.cardId()).state());
            assertEquals(CardState.EXPIRED, asl.getCard(active.cardId()).state());
            List<HistoryEntry> expiries = asl.getHistory(active.cardId()).entries().stream()
                    .filter(e -> e.operation() == CmsOperation.EXPIRE_CARD)
                    .toList();
            assertEquals(1, expiries.size(), expiries.toString());
            assertEquals("sandbox-clock", expiries.get(0).operatorId());
            assertEquals(Optional.of(CardState.EXPIRED), expiries.get(0).stateAfter());
            assertEquals(
                    1,
                    asl.getPersonOperations(active.codiceFiscale()).operations().stream()
                            .filter(o -> o.entry().operation() == CmsOperation.EXPIRE_CARD)
                            .count());

            assertProblem(
                    CmsRuleException.class,
                    ProblemCode.CARD_EXPIRED,
                    () -> asl.reprintCodes(
                                    active.cardId(),
                                    new ReprintRequest(
                                            RequesterKind.HOLDER,
                                            Optional.empty(),
                                            HOLDER_IN_PERSON.document(),
                                            new DeliveryChannel(ChannelKind.EMAIL, "e@example.it")))
                            .close());
            assertProblem(
                    CmsRuleException.class,
                    ProblemCode.CARD_EXPIRED,
                    () -> asl.revokeCard(
                            active.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, active.cip())));
            asl.identifyCard(ClientFixtures.identify(shipped));
            assertProblem(
                    CmsRuleException.class,
                    ProblemCode.CARD_EXPIRED,
                    () -> asl.activateCard(shipped.cardId(), ClientFixtures.direct(shipped, "f@example.it"))
                            .close());
            assertEquals(CardState.EXPIRED, asl.getCard(shipped.cardId()).state());
            assertProblem(
                    CmsRuleException.class, ProblemCode.CARD_EXPIRED, () -> admin.expireCard(shipped.cardId(), NOTE));
        }
    }

    @Test
    void aLostCardWithABlockedCipIsRevokedByTheIssuersOfficeOnIdentification() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "l@example.it"))
                    .close();
            for (int i = 0; i < 3; i++) {
                assertThrows(
                        CmsCipException.class,
                        () -> asl.revokeCard(
                                card.cardId(),
                                RevocationRequest.byHolder(RevocationCause.LOSS, ClientFixtures.wrongCip(card.cip()))));
            }
            assertProblem(
                    CmsCipException.class,
                    ProblemCode.CIP_BLOCKED,
                    () -> asl.revokeCard(card.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, card.cip())));

            RevocationRequest identified = RevocationRequest.onIdentification(
                    RevocationCause.LOSS, HOLDER_IN_PERSON, Optional.of("DENUNCIA 2026/118"));
            for (String role : List.of("pharmacy-1", "callcenter-1", "admin-1")) {
                assertProblem(
                        CmsForbiddenException.class,
                        ProblemCode.FORBIDDEN_ROLE,
                        () -> ClientFixtures.certificate(cms, role).revokeCard(card.cardId(), identified));
            }
            assertEquals(CardState.ACTIVE, asl.getCard(card.cardId()).state());

            assertEquals(
                    CardState.REVOKED, asl.revokeCard(card.cardId(), identified).state());
            HistoryEntry revocation = asl.getHistory(card.cardId()).entries().stream()
                    .filter(e -> e.stateAfter().equals(Optional.of(CardState.REVOKED)))
                    .findFirst()
                    .orElseThrow();
            assertEquals(CmsOperation.REVOKE_CARD, revocation.operation());
            assertEquals(
                    Optional.of(new CounterRecord(
                            HOLDER_IN_PERSON, Set.of(), Optional.of("DENUNCIA 2026/118"), Optional.empty())),
                    revocation.counterRecord());

            IssuedCard lombard = cms.issuedCards().get(ClientFixtures.LOMBARD);
            assertProblem(
                    CmsForbiddenException.class,
                    ProblemCode.OTHER_REGION,
                    () -> asl.revokeCard(lombard.cardId(), identified));
        }
    }

    @Test
    void aReissueForDamagedRetiresAnActivatedCardOnlyWithTheCipOrTheHolderIdentified() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard first = cms.issuedCards().get(ClientFixtures.TUSCAN);
            IssuedCard second = cms.issuedCards().get(ClientFixtures.TUSCAN_2);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            for (IssuedCard card : List.of(first, second)) {
                asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "d@example.it"))
                        .close();
            }
            assertProblem(
                    CmsRuleException.class,
                    ProblemCode.HOLDER_NOT_IDENTIFIED,
                    () -> asl.requestReissue(
                            first.codiceFiscale(),
                            new ReissueRequest(ReissueReason.DAMAGED, Optional.of(first.cardId()))));
            assertProblem(
                    CmsCipException.class,
                    ProblemCode.WRONG_CIP,
                    () -> asl.requestReissue(
                            first.codiceFiscale(),
                            new ReissueRequest(
                                    ReissueReason.DAMAGED,
                                    Optional.of(first.cardId()),
                                    Optional.of(ClientFixtures.wrongCip(first.cip())))));
            assertEquals(CardState.ACTIVE, asl.getCard(first.cardId()).state());

            asl.requestReissue(
                    first.codiceFiscale(),
                    ReissueRequest.identified(
                            ReissueReason.DAMAGED,
                            Optional.of(first.cardId()),
                            HOLDER_IN_PERSON,
                            Optional.of("PROT 44")));
            assertEquals(CardState.REPLACED, asl.getCard(first.cardId()).state());
            HistoryEntry retired = asl.getHistory(first.cardId()).entries().stream()
                    .filter(e -> e.operation() == CmsOperation.REQUEST_REISSUE)
                    .findFirst()
                    .orElseThrow();
            assertEquals(Optional.of(HOLDER_IN_PERSON), retired.counterRecord().map(CounterRecord::presentedBy));

            asl.requestReissue(
                    second.codiceFiscale(),
                    new ReissueRequest(ReissueReason.DAMAGED, Optional.of(second.cardId()), Optional.of(second.cip())));
            assertEquals(CardState.REPLACED, asl.getCard(second.cardId()).state());
        }
    }

    @Test
    void underTheDm2011ProfileARevocationNeedsNoCipSoNeitherDoesAReissue() {
        try (SimulatedCms cms = SimulatedCms.builder()
                .lifecycle(LifecyclePolicy.DM_2011)
                .withDefaultPopulation()
                .start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "m@example.it"))
                    .close();
            asl.requestReissue(
                    card.codiceFiscale(), new ReissueRequest(ReissueReason.DAMAGED, Optional.of(card.cardId())));
            assertEquals(CardState.REPLACED, asl.getCard(card.cardId()).state());
        }
    }

    private static void assertProblem(Class<? extends CmsException> type, ProblemCode code, Executable call) {
        assertEquals(Optional.of(code), assertThrows(type, call).problemCode());
    }
}
