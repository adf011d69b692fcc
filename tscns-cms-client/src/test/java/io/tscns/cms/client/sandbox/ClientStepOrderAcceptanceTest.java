package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsIdentificationException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.testpki.ManualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 gap 2, the order of the steps at the counter (Toscana manual v2.0 §10.1 steps 3–6, §10.4 steps 3–6,
 * §10.6 steps 2–6; {@code docs/cms.md §9.5}): activation, reprint and FSE consents need this operator's
 * identification of that card, made within the last 30 minutes with the TEAM number on the card's back, and say why
 * they refuse one ({@code identification-required}). Every refusal here fails on the code before it, which activated,
 * reprinted and recorded consents without any identification.
 */
class ClientStepOrderAcceptanceTest {

    private static final CodeGenerator CODES = new CodeGenerator(new SecureRandom());
    /** A shipped card, then a second card of the same holder with the same expiry date but its own TEAM number. */
    private static final CardSeed FIRST = CardSeed.synthetic(29_000, SimulatedCms.TUSCANY, CODES);

    private static final CardSeed TWIN = twin(FIRST);
    /** A shipped card for the whole visit. */
    private static final CardSeed VISITED = CardSeed.synthetic(29_002, SimulatedCms.TUSCANY, CODES);

    private static final DeliveryChannel EMAIL = new DeliveryChannel(ChannelKind.EMAIL, "s@example.it");
    private static final PresentedDocument DOCUMENT = PresentedDocument.withoutDeclaration(
            ClientFixtures.document(Optional.of(LocalDate.now().plusYears(3))));
    private static final List<ConsentChoice> CONSULTATION =
            List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN));

    private static SimulatedCms cms;
    private static CmsClient asl;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .card(FIRST)
                .card(TWIN)
                .card(VISITED)
                .start();
        asl = ClientFixtures.certificate(cms, "asl-1");
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    private static CardSeed twin(CardSeed seed) {
        CardId id = new CardId("6" + SimulatedCms.TUSCANY + "900000001000");
        return new CardSeed(
                id,
                TeamNumber.fromCardId(id),
                seed.holder(),
                seed.surname(),
                seed.givenName(),
                seed.birthDate(),
                seed.sex(),
                seed.birthPlace(),
                seed.region(),
                seed.expiryDate(),
                seed.state(),
                Optional.empty(),
                CODES.generatePin(),
                CODES.generatePuk(),
                CODES.generateCip());
    }

    private static ActivateCardRequest activation(CardSeed card) {
        return card.directActivation(EMAIL, List.of());
    }

    private static IdentificationRef identify(CmsClient client, IdentifyRequest request) {
        return assertInstanceOf(IdentifyResult.Match.class, client.identifyCard(request))
                .identificationRef();
    }

    private static IdentificationProblem refused(Runnable call) {
        CmsIdentificationException e = assertThrows(CmsIdentificationException.class, call::run);
        assertEquals(Optional.of(ProblemCode.IDENTIFICATION_REQUIRED), e.problemCode());
        assertEquals(422, e.status());
        return e.reason().orElseThrow();
    }

    private static CardState state(CardId card) {
        return asl.getCard(card).state();
    }

    @Test
    void activationWithoutIdentificationIsRefusedAndAudited() {
        IssuedCardView card = IssuedCardView.of(cms, ClientFixtures.TUSCAN);
        assertEquals(IdentificationProblem.MISSING, refused(() -> asl.activateCard(card.id(), card.activation())));
        assertEquals(CardState.SHIPPED, state(card.id()));
        assertTrue(
                cms.auditEntries().stream()
                        .anyMatch(entry -> entry.record()
                                        .cardId()
                                        .equals(Optional.of(card.id().value()))
                                && entry.record()
                                        .outcome()
                                        .equals(new AuditOutcome.Refused("identification-required"))),
                "the refusal is audited");
        IdentificationRef made = IdentificationRef.random(new SecureRandom());
        assertEquals(
                IdentificationProblem.UNKNOWN,
                refused(() -> asl.activateCard(card.id(), card.activation().withIdentification(made))));
    }

    @Test
    void anotherOperatorsIdentificationIsRefusedWithoutNamingThem() {
        IssuedCardView card = IssuedCardView.of(cms, ClientFixtures.TUSCAN_2);
        IdentificationRef theirs = identify(ClientFixtures.certificate(cms, "asl-2"), card.identification());
        CmsIdentificationException e = assertThrows(
                CmsIdentificationException.class,
                () -> asl.activateCard(card.id(), card.activation().withIdentification(theirs)));
        assertEquals(Optional.of(IdentificationProblem.OTHER_OPERATOR), e.reason());
        assertFalse(e.getMessage().contains("asl-2"), e.getMessage());
        assertEquals(CardState.SHIPPED, state(card.id()));
    }

    @Test
    void anotherCardsIdentificationIsRefused() {
        IssuedCardView card = IssuedCardView.of(cms, ClientFixtures.TUSCAN_2);
        IssuedCardView other = IssuedCardView.of(cms, ClientFixtures.TUSCAN);
        IdentificationRef ofOther = identify(asl, other.identification());
        assertEquals(
                IdentificationProblem.OTHER_CARD,
                refused(() -> asl.activateCard(card.id(), card.activation().withIdentification(ofOther))));
        assertEquals(CardState.SHIPPED, state(card.id()));
    }

    @Test
    void aTeamNumberThatIsNotTheCardsIsRefused() {
        // The holder's codice fiscale and the expiry date are right; the TEAM number typed is the holder's other card.
        IdentificationRef typedTwin =
                identify(asl, new IdentifyRequest(FIRST.holder(), TWIN.teamNumber(), FIRST.expiryDate()));
        CmsIdentificationException e = assertThrows(
                CmsIdentificationException.class,
                () -> asl.activateCard(FIRST.cardId(), activation(FIRST).withIdentification(typedTwin)));
        assertEquals(Optional.of(IdentificationProblem.OTHER_CARD), e.reason());
        assertTrue(e.getMessage().contains("TEAM number"), e.getMessage());
        assertEquals(CardState.SHIPPED, state(FIRST.cardId()));
        // A TEAM number of another holder's card is a typed mismatch at identification: no reference at all.
        IssuedCardView stranger = IssuedCardView.of(cms, ClientFixtures.TUSCAN);
        assertInstanceOf(
                IdentifyResult.Mismatch.class,
                asl.identifyCard(new IdentifyRequest(
                        FIRST.holder(), stranger.identification().teamNumber(), FIRST.expiryDate())));
    }

    @Test
    void anIdentificationOlderThanThirtyMinutesIsRefusedAndANewOneWorks() {
        // A sandbox of its own, on a clock the test moves; the client connects before the clock moves.
        ManualClock clock = new ManualClock(Instant.now());
        try (SimulatedCms timed =
                SimulatedCms.builder().withDefaultPopulation().clock(clock).start()) {
            CmsClient counter = ClientFixtures.certificate(timed, "asl-1");
            IssuedCardView card = IssuedCardView.of(timed, ClientFixtures.TUSCAN);
            IdentificationRef early = identify(counter, card.identification());
            clock.advance(Duration.ofMinutes(30).plusSeconds(1));
            assertEquals(
                    IdentificationProblem.EXPIRED,
                    refused(() ->
                            counter.activateCard(card.id(), card.activation().withIdentification(early))));
            assertEquals(
                    IdentificationProblem.EXPIRED,
                    refused(() -> counter.recordConsents(
                            card.id(), new ConsentsUpdate(CONSULTATION).withIdentification(early))));
            assertEquals(CardState.SHIPPED, counter.getCard(card.id()).state());
            IdentificationRef fresh = identify(counter, card.identification());
            clock.advance(Duration.ofMinutes(29));
            counter.activateCard(card.id(), card.activation().withIdentification(fresh))
                    .close();
            assertEquals(CardState.ACTIVE, counter.getCard(card.id()).state());
        }
    }

    @Test
    void reprintAndConsentsWithoutIdentificationAreRefusedAndOneVisitServesThemAll() {
        IdentificationRef visit = identify(asl, VISITED.identification());
        asl.activateCard(VISITED.cardId(), activation(VISITED).withIdentification(visit))
                .close();

        ReprintRequest reprint = new ReprintRequest(RequesterKind.HOLDER, Optional.empty(), DOCUMENT, EMAIL);
        assertEquals(IdentificationProblem.MISSING, refused(() -> asl.reprintCodes(VISITED.cardId(), reprint)));
        ConsentsUpdate consents = new ConsentsUpdate(CONSULTATION);
        assertEquals(IdentificationProblem.MISSING, refused(() -> asl.recordConsents(VISITED.cardId(), consents)));
        IdentificationRef pharmacys = identify(ClientFixtures.certificate(cms, "pharmacy-1"), VISITED.identification());
        assertEquals(
                IdentificationProblem.OTHER_OPERATOR,
                refused(() -> asl.reprintCodes(VISITED.cardId(), reprint.withIdentification(pharmacys))));
        assertEquals(
                IdentificationProblem.OTHER_OPERATOR,
                refused(() -> asl.recordConsents(VISITED.cardId(), consents.withIdentification(pharmacys))));
        assertEquals(0, asl.getConsents(VISITED.cardId()).consents().size(), "no consent recorded when refused");
        assertEquals(
                1,
                cms.outbox(Optional.of(EMAIL.address())).stream()
                        .filter(message -> message.cardId().equals(VISITED.cardId()))
                        .count(),
                "the activation's message only: no codes reprinted when refused");

        // The reprint uses its document: an expired one without the art. 45 declaration is refused (§10.6 step 3).
        PresentedDocument expired = PresentedDocument.withoutDeclaration(
                ClientFixtures.document(Optional.of(LocalDate.now().minusDays(1))));
        CmsRuleException badDocument = assertThrows(
                CmsRuleException.class,
                () -> asl.reprintCodes(
                        VISITED.cardId(),
                        new ReprintRequest(RequesterKind.HOLDER, Optional.empty(), expired, EMAIL)
                                .withIdentification(visit)));
        assertEquals(Optional.of(ProblemCode.ACTIVATION_REJECTED), badDocument.problemCode());
        assertEquals(
                List.of("document-expired-without-declaration"),
                badDocument.violations().stream().map(v -> v.code()).toList());

        // The same visit: the activation's identification serves the consents (§10.1 step 11) and a reprint.
        assertEquals(
                1,
                asl.recordConsents(VISITED.cardId(), consents.withIdentification(visit))
                        .consents()
                        .size());
        try (Receipt receipt = asl.reprintCodes(VISITED.cardId(), reprint.withIdentification(visit))) {
            assertEquals(VISITED.cardId(), receipt.cardId());
        }
        // The reference opens operations: the audit chain keeps whether it did, never the reference.
        String audit = ClientFixtures.certificate(cms, "admin-1").exportAudit();
        assertTrue(audit.contains("identification"), "the audit records the identification check");
        assertFalse(audit.contains(visit.value()) || audit.contains(pharmacys.value()), "no reference in the audit");
        assertFalse(visit.toString().contains(visit.value()));
    }

    /** A card of the default population, with its requests. */
    private record IssuedCardView(CardId id, IdentifyRequest identification, ActivateCardRequest activation) {
        static IssuedCardView of(SimulatedCms cms, int index) {
            var card = cms.issuedCards().get(index);
            return new IssuedCardView(
                    card.cardId(), ClientFixtures.identify(card), ClientFixtures.direct(card, "s@example.it"));
        }
    }
}
