package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsNotFoundException;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.EntryOutcome;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Card status, history, holder data and all cards of a person (Allegato 2) with the tscns client. */
class ClientQueriesAcceptanceTest {

    @Test
    void statusHistoryHolderAndCardsOfAPerson() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient pharmacy = ClientFixtures.certificate(cms, "pharmacy-1");
            assertEquals(CardState.SHIPPED, pharmacy.getCard(card.cardId()).state());
            pharmacy.identifyCard(ClientFixtures.identify(card));
            pharmacy.activateCard(card.cardId(), ClientFixtures.direct(pharmacy, card, "h@example.it"))
                    .close();
            assertThrows(
                    Exception.class,
                    () -> pharmacy.activateCard(card.cardId(), ClientFixtures.direct(pharmacy, card, "h@example.it")));

            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            List<HistoryEntry> history = asl.getHistory(card.cardId()).entries();
            List<CmsOperation> operations =
                    history.stream().map(HistoryEntry::operation).toList();
            assertTrue(operations.containsAll(List.of(CmsOperation.ACTIVATE_CARD)), operations.toString());
            HistoryEntry activation = history.stream()
                    .filter(h -> h.operation() == CmsOperation.ACTIVATE_CARD && h.outcome() == EntryOutcome.SUCCEEDED)
                    .findFirst()
                    .orElseThrow();
            assertEquals("pharmacy-1", activation.operatorId());
            assertEquals(Optional.of(CardState.ACTIVE), activation.stateAfter());
            assertTrue(history.stream().anyMatch(h -> h.outcome() == EntryOutcome.REFUSED), "refusals are recorded");
            for (int i = 1; i < history.size(); i++) {
                assertTrue(!history.get(i).at().isBefore(history.get(i - 1).at()), "chronological");
            }

            assertEquals(card.codiceFiscale(), asl.getHolder(card.cardId()).codiceFiscale());
            PersonCards cards = asl.getPersonCards(card.codiceFiscale());
            assertEquals(
                    List.of(card.cardId()),
                    cards.cards().stream().map(c -> c.cardId()).toList());
            assertEquals(CardState.ACTIVE, cards.cards().get(0).state());
        }
    }

    @Test
    void aCardIsFoundByTheTeamNumberPrintedOnIt() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient pharmacy = ClientFixtures.certificate(cms, "pharmacy-1");
            String printed = card.teamNumber().value().replaceAll("(\\d{4})(?!$)", "$1 ");
            CardStatus status = pharmacy.getCardByTeamNumber(TeamNumber.parse(printed));
            assertEquals(pharmacy.getCard(card.cardId()), status);
            CmsNotFoundException unknown = assertThrows(
                    CmsNotFoundException.class,
                    () -> pharmacy.getCardByTeamNumber(TeamNumber.fromCardId(CardId.parse("0000000000000000"))));
            assertEquals(Optional.of(ProblemCode.CARD_NOT_FOUND), unknown.problemCode());
        }
    }

    @Test
    void aPharmacyMayNotReadHistoryNorHolderData() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient pharmacy = ClientFixtures.certificate(cms, "pharmacy-1");
            assertEquals(
                    Optional.of(ProblemCode.FORBIDDEN_ROLE),
                    assertThrows(CmsForbiddenException.class, () -> pharmacy.getHistory(card.cardId()))
                            .problemCode());
            assertEquals(
                    Optional.of(ProblemCode.FORBIDDEN_ROLE),
                    assertThrows(CmsForbiddenException.class, () -> pharmacy.getHolder(card.cardId()))
                            .problemCode());
        }
    }

    @Test
    void anUnknownPersonIsNotFound() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            CmsNotFoundException e = assertThrows(
                    CmsNotFoundException.class,
                    () -> ClientFixtures.certificate(cms, "callcenter-1")
                            .getPersonCards(CodiceFiscale.parse("12345678903")));
            assertEquals(Optional.of(ProblemCode.PERSON_NOT_FOUND), e.problemCode());
        }
    }
}
