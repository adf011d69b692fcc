package io.tscns.cms.client.sandbox;

import static io.tscns.cms.client.sandbox.ClientFixtures.LOMBARD;
import static io.tscns.cms.client.sandbox.ClientFixtures.TUSCAN;
import static io.tscns.cms.client.sandbox.ClientFixtures.TUSCAN_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsNotFoundException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.IdentityField;
import io.tscns.cms.protocol.MismatchAdvice;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identification and activation through the HTTPS sandbox with the tscns client, failure paths included. */
class ClientIdentifyActivateAcceptanceTest {

    private static SimulatedCms cms;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.start();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    private static IssuedCard card(int index) {
        return cms.issuedCards().get(index);
    }

    @Test
    void identifyMatchesAndGivesTheHolderForTheSecondCheck() {
        IssuedCard card = card(TUSCAN);
        IdentifyResult result =
                ClientFixtures.certificate(cms, "pharmacy-1").identifyCard(ClientFixtures.identify(card));
        IdentifyResult.Match match = assertInstanceOf(IdentifyResult.Match.class, result);
        assertEquals(card.cardId(), match.card().cardId());
        assertEquals(card.codiceFiscale(), match.holder().codiceFiscale());
        assertEquals(card.holder().surname(), match.holder().surname());
    }

    @Test
    void aWrongExpiryDateIsAMismatchThatSendsTheHolderToSceltaERevoca() {
        IssuedCard card = card(TUSCAN);
        IdentifyResult result = ClientFixtures.certificate(cms, "asl-1")
                .identifyCard(new IdentifyRequest(
                        card.codiceFiscale(),
                        card.teamNumber(),
                        ClientFixtures.expiry(card).minusDays(1)));
        IdentifyResult.Mismatch mismatch = assertInstanceOf(IdentifyResult.Mismatch.class, result);
        assertEquals(MismatchAdvice.SCELTA_E_REVOCA_OFFICE, mismatch.advice());
        assertEquals(List.of(IdentityField.EXPIRY_DATE), mismatch.mismatchedFields());
    }

    @Test
    void anUnknownCardIsNotFound() {
        TeamNumber unknown = TeamNumber.fromCardId(new CardId("8038000999999999"));
        CmsNotFoundException e = assertThrows(
                CmsNotFoundException.class,
                () -> ClientFixtures.certificate(cms, "asl-1")
                        .identifyCard(
                                new IdentifyRequest(card(TUSCAN).codiceFiscale(), unknown, LocalDate.of(2030, 1, 1))));
        assertEquals(Optional.of(ProblemCode.CARD_NOT_FOUND), e.problemCode());
        assertThrows(
                CmsNotFoundException.class,
                () -> ClientFixtures.certificate(cms, "asl-1").getCard(new CardId("8038000999999999")));
    }

    @Test
    void activationReturnsTheCounterHalvesAndSendsTheRemoteHalvesToTheOutbox() {
        IssuedCard card = card(TUSCAN_2);
        CmsClient pharmacy = ClientFixtures.certificate(cms, "pharmacy-1");
        String email = "anna.bianchi@example.it";
        char[] counterPin;
        try (Receipt receipt = pharmacy.activateCard(card.cardId(), ClientFixtures.direct(pharmacy, card, email))) {
            assertEquals(card.cardId(), receipt.cardId());
            assertEquals("pharmacy-1", receipt.operatorId());
            assertFalse(receipt.maskedAddress().contains("anna.bianchi"));
            assertTrue(receipt.counterHalves().cip().isPresent());
            counterPin = receipt.counterHalves().pin().reveal();
        }
        List<OutboxMessage> messages = cms.outbox(Optional.of(email));
        assertEquals(1, messages.size());
        char[] remotePin = messages.get(0).remoteHalves().pin().reveal();
        try (Pin pin = SplitPolicy.MEF_SOGEI.recombinePin(counterPin, remotePin)) {
            assertTrue(pin.matches(card.pin()), "counter half + remote half = the card's PIN");
        } finally {
            Arrays.fill(counterPin, '\0');
            Arrays.fill(remotePin, '\0');
        }
        assertEquals(CardState.ACTIVE, pharmacy.getCard(card.cardId()).state());
        CmsRuleException again = assertThrows(
                CmsRuleException.class,
                () -> pharmacy.activateCard(card.cardId(), ClientFixtures.direct(pharmacy, card, email)));
        assertEquals(Optional.of(ProblemCode.ILLEGAL_TRANSITION), again.problemCode());
    }

    @Test
    void anExpiredDocumentWithoutDeclarationIsRejectedWithTheCoreViolation() {
        IssuedCard card = card(TUSCAN);
        PresentedDocument expired = PresentedDocument.withoutDeclaration(
                ClientFixtures.document(Optional.of(LocalDate.now().minusDays(10))));
        CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
        ActivateCardRequest request = ClientFixtures.direct(card, "x@example.it", expired)
                .withIdentification(ClientFixtures.identified(asl, card));
        CmsRuleException e = assertThrows(CmsRuleException.class, () -> asl.activateCard(card.cardId(), request));
        assertEquals(Optional.of(ProblemCode.ACTIVATION_REJECTED), e.problemCode());
        assertTrue(
                e.violations().stream().anyMatch(v -> v.code().equals("document-expired-without-declaration")),
                e.violations().toString());
    }

    @Test
    void aPharmacyCannotActivateACardOfAnotherRegion() {
        IssuedCard lombard = card(LOMBARD);
        CmsForbiddenException e = assertThrows(
                CmsForbiddenException.class,
                () -> ClientFixtures.certificate(cms, "pharmacy-1")
                        .activateCard(lombard.cardId(), ClientFixtures.direct(lombard, "luca@example.it")));
        assertEquals(Optional.of(ProblemCode.OTHER_REGION), e.problemCode());
    }

    @Test
    void theCallCentreMayNotActivate() {
        IssuedCard card = card(TUSCAN);
        CmsForbiddenException e = assertThrows(
                CmsForbiddenException.class,
                () -> ClientFixtures.certificate(cms, "callcenter-1")
                        .activateCard(card.cardId(), ClientFixtures.direct(card, "y@example.it")));
        assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), e.problemCode());
    }
}
