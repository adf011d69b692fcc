package io.tscns.test.jqwik;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.simcard.CardFile;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedCardException;
import io.tscns.simcard.SimulatedProfile;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TscnsArbitrariesProperties {

    @Provide
    Arbitrary<IssuedCard> cards() {
        return TscnsArbitraries.cards();
    }

    @Provide
    Arbitrary<PersonalCodiceFiscale> codiciFiscali() {
        return TscnsArbitraries.codiciFiscali();
    }

    @Provide
    Arbitrary<CardId> cardIds() {
        return TscnsArbitraries.cardIds();
    }

    @Provide
    Arbitrary<byte[]> cnsCommands() {
        return TscnsArbitraries.cnsCommands();
    }

    @Provide
    Arbitrary<Fault> faults() {
        return TscnsArbitraries.faults().filter(f -> !(f.action() instanceof io.tscns.simcard.FaultAction.Delay));
    }

    @Property(tries = 60) // each try issues a card (a certificate signature; keys come from 16 cached seeds)
    void generatedCardsAreConsistent(@ForAll("cards") IssuedCard issued) {
        try (issued) {
            SimulatedCard card = issued.card();
            PersonalData data = PersonalDataCodec.decode(
                            card.fileContent(CardFile.PERSONAL_DATA).orElseThrow())
                    .data();
            CardHolder holder = issued.holder();
            assertEquals(holder.surname(), data.surname());
            assertEquals(holder.name(), data.name());
            assertEquals(issued.codiceFiscale(), data.parsedCodiceFiscale().orElseThrow());
            byte[] cardIdFile = card.fileContent(CardFile.CARD_ID).orElseThrow();
            if (card.profile() == SimulatedProfile.ACE_2025) {
                // The ACe 2025 keeps the 16 digits as packed BCD in the first 8 bytes of D003 (docs/card.md §10.1).
                assertEquals(
                        issued.cardId().value(),
                        java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(cardIdFile, 8)));
            } else {
                assertArrayEquals(issued.cardId().toFileBytes(), cardIdFile);
            }
            assertEquals(card.publicKey(), issued.certificate().getPublicKey());
            assertEquals(
                    card.profile().keySizeBits(), card.publicKey().getModulus().bitLength());
            assertTrue(issued.certificate()
                    .getSubjectX500Principal()
                    .getName()
                    .contains(issued.codiceFiscale().value() + "/"
                            + issued.cardId().value()));
        }
    }

    @Property
    void generatedCodiciFiscaliAreValid(@ForAll("codiciFiscali") PersonalCodiceFiscale code) {
        assertEquals(code, CodiceFiscale.parse(code.value()));
        assertTrue(code.sameBaseAs(code.baseCode()));
    }

    @Property
    void generatedCardIdsGiveLuhnValidTeamNumbers(@ForAll("cardIds") CardId cardId) {
        TeamNumber team = TeamNumber.fromCardId(cardId);
        assertEquals(team, TeamNumber.parse(team.value()));
        assertTrue(cardId.value().startsWith("6") && cardId.value().endsWith("000"));
    }

    @Property(tries = 200)
    void aCardUnderAnyFaultAnswersOrReportsRemovalOnly(
            @ForAll("faults") Fault fault,
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("cnsCommands") byte[]> commands) {
        SimulatedCard card = CARD;
        card.clearFaults();
        card.powerOn();
        card.injectFault(fault);
        for (byte[] command : commands) {
            try {
                byte[] response = card.process(command);
                assertTrue(response.length >= 2);
            } catch (SimulatedCardException e) {
                assertEquals(SimulatedCardException.Reason.REMOVED, e.reason());
                card.powerOn();
            }
        }
    }

    private static final SimulatedCard CARD = io.tscns.simcard.CardFactory.builder()
            .keys(io.tscns.testpki.KeyPairSource.seeded(5))
            .build()
            .issue(CardHolder.example())
            .card();

    @Property(tries = 20)
    void latencyFaultsAreGeneratedWithinBounds(@ForAll("latencies") Fault fault) {
        Duration delay = ((io.tscns.simcard.FaultAction.Delay) fault.action()).delay();
        assertTrue(!delay.isNegative() && delay.toMillis() <= 50);
    }

    @Provide
    Arbitrary<Fault> latencies() {
        return TscnsArbitraries.faults().filter(f -> f.action() instanceof io.tscns.simcard.FaultAction.Delay);
    }
}
