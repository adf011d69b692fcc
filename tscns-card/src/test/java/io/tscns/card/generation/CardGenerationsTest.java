package io.tscns.card.generation;

import static io.tscns.card.generation.GenerationScripts.ACE_FCI;
import static io.tscns.card.generation.GenerationScripts.ACE_SELECT;
import static io.tscns.card.generation.GenerationScripts.HEX;
import static io.tscns.card.generation.GenerationScripts.JSIGN4;
import static io.tscns.card.generation.GenerationScripts.NFC_ATR;
import static io.tscns.card.generation.GenerationScripts.ST_MODEL;
import static io.tscns.card.generation.GenerationScripts.ST_SELECT;
import static io.tscns.card.generation.GenerationScripts.UNKNOWN_ATR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.ReferenceCard;
import io.tscns.card.error.CardFileNotFoundException;
import io.tscns.card.error.GenerationGap;
import io.tscns.card.error.NotSupportedOnGenerationException;
import io.tscns.card.error.UnsupportedCardException;
import io.tscns.card.fs.CnsFile;
import io.tscns.card.profile.Rejection;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.core.card.CardId;
import io.tscns.core.secret.Pin;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Card generations against scripted transports: recognition by application, where files live, refusals. */
class CardGenerationsTest {

    @Test
    void anAce2025CardWithAnUnknownAtrIsRecognisedByItsApplicationAndReadRelativeToIt() {
        ScriptedTransport card = script(s -> {
            s.expect(ACE_SELECT, ACE_FCI); // recognition at open
            s.expect(ACE_SELECT, ACE_FCI); // the operation enters the application
            GenerationScripts.aceIdentity(s, false); // short APDUs: the generation's own quirks
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(UNKNOWN_ATR));
        assertEquals(CardGenerations.ACE_2025, cns.generation());
        assertTrue(cns.profile().isEmpty(), "an unknown ATR gives no ATR profile");
        assertReferenceIdentity(cns.readIdentity());
        card.assertComplete();
    }

    @Test
    void anAce2025CardWhoseAtrLooksClassicIsFoundWhenItsClassicCardIdIsAbsent() {
        ScriptedTransport card = script(s -> {
            s.expect("00A4080004" + "10001003" + "00", "6A82"); // classic EF.ID_Carta: absent
            s.expect(ACE_SELECT, ACE_FCI); // the applications are tried once
            GenerationScripts.aceIdentity(s, true); // the ATR's quirks: extended length
            s.expect(ACE_SELECT, ACE_FCI); // the next operation enters the application
            GenerationScripts.selectAndRead(s, 0x09, "D003", GenerationScripts.ACE_CARD_ID, false);
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_EXTENDED));
        assertEquals(CardGenerations.CLASSIC, cns.generation(), "nothing is sent at open for a known ATR");
        assertReferenceIdentity(cns.readIdentity());
        assertEquals(CardGenerations.ACE_2025, cns.generation());
        assertEquals(CardId.parse(ReferenceCard.CARD_ID), cns.readCardId());
        card.assertComplete();
    }

    @Test
    void aClassicCardWithoutCardIdTriesTheApplicationsOnceAndReportsTheMissingFile() {
        ScriptedTransport card = script(s -> {
            s.expect("00A408000410001003" + "00", "6A82");
            s.expect(ACE_SELECT, "6A82");
            s.expect(ST_SELECT, "6A82");
            s.expect("00A408000410001003" + "00", "6A82"); // the second call does not probe again
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_EXTENDED));
        assertThrows(CardFileNotFoundException.class, cns::readCardId);
        assertThrows(CardFileNotFoundException.class, cns::readCardId);
        assertEquals(CardGenerations.CLASSIC, cns.generation());
        card.assertComplete();
    }

    @Test
    void theSt2022OverNfcIsRecognisedByApplicationAndModelAndReadWithClassicPathsAndExtendedLength() {
        ScriptedTransport card = script(s -> {
            s.expect(ACE_SELECT, "6A82");
            s.expect(ST_SELECT, "9000");
            s.expect(ST_MODEL, JSIGN4 + "9000");
            s.expect(ST_SELECT, "9000");
            GenerationScripts.st2022Identity(s);
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(NFC_ATR));
        assertEquals(CardGenerations.ST2022_NFC, cns.generation());
        assertReferenceIdentity(cns.readIdentity());
        card.assertComplete();
    }

    @Test
    void aCardAnsweringTheSt2022AidWithAnotherModelIsNotACns() {
        ScriptedTransport card = script(s -> {
            s.expect(ACE_SELECT, "6A82");
            s.expect(ST_SELECT, "9000");
            s.expect(ST_MODEL, HEX.formatHex("JSign3".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "9000");
        });
        UnsupportedCardException e =
                assertThrows(UnsupportedCardException.class, () -> CnsCard.open(card, HEX.parseHex(NFC_ATR)));
        assertInstanceOf(Rejection.Contactless.class, e.reason(), "the ATR's own reason is kept");
        card.assertComplete();
    }

    @Test
    void anUnknownAtrWithoutAKnownApplicationKeepsTheAtrRejection() {
        ScriptedTransport card = script(s -> {
            s.expect(ACE_SELECT, "6A82");
            s.expect(ST_SELECT, "6D00");
        });
        UnsupportedCardException e =
                assertThrows(UnsupportedCardException.class, () -> CnsCard.open(card, HEX.parseHex(UNKNOWN_ATR)));
        assertInstanceOf(Rejection.NotCns.class, e.reason());
        card.assertComplete();
    }

    @Test
    void aSiblingIsRefusedWithoutProbingApplications() {
        ScriptedTransport nothing = ScriptedTransport.builder().build();
        UnsupportedCardException e = assertThrows(
                UnsupportedCardException.class,
                () -> CnsCard.open(nothing, HEX.parseHex("3BF41800FF8131805500318000C7")));
        assertInstanceOf(Rejection.Sibling.class, e.reason());
        assertEquals(0, nothing.exchangesPlayed());
    }

    @Test
    void pinSigningAndChallengeOnAce2025FailTypedBeforeAnyApdu() {
        ScriptedTransport card = script(s -> s.expect(ACE_SELECT, ACE_FCI));
        CnsCard cns = CnsCard.open(card, HEX.parseHex(UNKNOWN_ATR));
        try (Pin pin = Pin.parse("12345".toCharArray())) {
            NotSupportedOnGenerationException e =
                    assertThrows(NotSupportedOnGenerationException.class, () -> cns.verifyPin(pin));
            assertEquals(
                    "ace2025",
                    assertInstanceOf(GenerationGap.UnknownSequence.class, e.gap())
                            .generation());
            assertEquals("not-supported-on-generation", e.problems().get(0).code());
            assertTrue(e.getMessage().contains("docs/card.md §10.1"), e.getMessage());
        }
        assertThrows(NotSupportedOnGenerationException.class, cns::pinStatus);
        assertThrows(NotSupportedOnGenerationException.class, () -> cns.authenticate(new byte[32]));
        assertThrows(NotSupportedOnGenerationException.class, () -> cns.getChallenge(8));
        assertThrows(NotSupportedOnGenerationException.class, () -> cns.internalAuthenticate(new byte[8]));
        assertEquals(1, card.exchangesPlayed(), "only the recognition's SELECT was sent");
        card.assertComplete();
    }

    @Test
    void aPinCommandOnAnAce2025WhoseAtrLooksClassicFindsTheAppletFirstAndSendsNoVerify() {
        ScriptedTransport card = script(s -> {
            s.expect("00A408000410001003" + "00", "6A82");
            s.expect(ACE_SELECT, ACE_FCI);
            GenerationScripts.selectAndRead(s, 0x09, "D003", GenerationScripts.ACE_CARD_ID, true);
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(ReferenceCard.ATR_EXTENDED));
        try (Pin pin = Pin.parse("12345".toCharArray())) {
            assertThrows(NotSupportedOnGenerationException.class, () -> cns.verifyPin(pin));
            assertThrows(NotSupportedOnGenerationException.class, () -> cns.changePin(pin, pin));
        }
        assertEquals(CardGenerations.ACE_2025, cns.generation());
        card.assertComplete();
    }

    @Test
    void aFileTheGenerationDoesNotLocateIsRefusedAfterEnteringTheApplication() {
        ScriptedTransport card = script(s -> {
            s.expect(ACE_SELECT, ACE_FCI);
            s.expect(ACE_SELECT, ACE_FCI);
        });
        CnsCard cns = CnsCard.open(card, HEX.parseHex(UNKNOWN_ATR));
        NotSupportedOnGenerationException e =
                assertThrows(NotSupportedOnGenerationException.class, () -> cns.readFileIfPresent(CnsFile.CARD_STATUS));
        String operation =
                assertInstanceOf(GenerationGap.UnknownSequence.class, e.gap()).operation();
        assertTrue(operation.contains("CARD_STATUS"), operation);
        card.assertComplete();
    }

    @Test
    void theTableIsDataWithOneEntryPerName() {
        CardGenerations table = CardGenerations.standard();
        assertEquals(java.util.List.of(CardGenerations.ACE_2025, CardGenerations.ST2022_NFC), table.withApplication());
        assertEquals(CardGenerations.ACE_2025, table.byName("ace2025").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> table.with(CardGenerations.ACE_2025));
        for (CardGeneration generation : table.all()) {
            assertTrue(generation.source().startsWith("docs/card.md §"), generation.source());
        }
    }

    private static ScriptedTransport script(Consumer<ScriptedTransport.Builder> steps) {
        ScriptedTransport.Builder builder = ScriptedTransport.builder();
        steps.accept(builder);
        return builder.build();
    }

    private static void assertReferenceIdentity(CardIdentity identity) {
        assertEquals(CardId.parse(ReferenceCard.CARD_ID), identity.cardId());
        assertEquals("RSSMRA80A01H501U", identity.personalData().data().codiceFiscale());
        assertEquals(ReferenceCard.certificate(), identity.certificate());
    }
}
