package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The applet-based profiles answer as {@code docs/card.md §10} records the ACe 2025 and the ST2022 over NFC. */
class AppletProfilesTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String ACE_AID = "A000000530000B104001021A";
    private static final String ST_AID = "A00000009501004D";
    private static final int OK = 0x9000;
    private static final int NOT_FOUND = 0x6A82;

    @Test
    void ace2025KeepsItsFilesUnderItsApplicationAndAnswersThePublicTrace() {
        CardProbe card = new CardProbe(TestCards.card(SimulatedProfile.ACE_2025));
        // What OpenSC sends to a classic card finds nothing: the files are not under the MF.
        card.expect(NOT_FOUND, "00A4080C0410001003");
        card.expect(NOT_FOUND, "00A40800041100110200");

        byte[] fci = card.expect(OK, "00A404000C" + ACE_AID + "00");
        String fciHex = HEX.formatHex(fci);
        assertTrue(fciHex.startsWith("6F") && fciHex.contains("840C" + ACE_AID) && fciHex.contains("83023F00"), fciHex);

        byte[] id = readRelative(card, "D003", 10);
        assertArrayEquals(HEX.parseHex("61201234567890000000"), id, "the card id packed as BCD");
        assertArrayEquals(TestCards.personalData(), readRelative(card, "11001102", TestCards.PERSONAL_DATA_SIZE));
        byte[] certificate =
                card.card().fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow();
        assertArrayEquals(certificate, readRelative(card, "DA01C001", certificate.length));
        // Files the generation is not known to hold are absent; GET DATA is not a command of this card.
        card.expect(NOT_FOUND, "00A409000410001002" + "00");
        card.expect(0x6D00, "00CA018000");
    }

    @Test
    void st2022OverNfcAnswersItsApplicationAndModelThenTheClassicPathsUnderIt() {
        SimulatedCard simulated = TestCards.card(SimulatedProfile.ST2022_NFC);
        CardProbe card = new CardProbe(simulated);
        card.expect(NOT_FOUND, "00A4080C0410001003");
        card.expect(OK, "00A4040008" + ST_AID + "00");
        assertEquals("JSign4", new String(card.expect(OK, "00CA018000"), StandardCharsets.US_ASCII));
        card.expect(OK, "00A4080C0410001003");
        assertEquals(TestCards.ID_CARTA, new String(card.expect(OK, "00B0000010"), StandardCharsets.US_ASCII));
        // A reset leaves the application: the classic path is gone again until it is selected.
        simulated.reset();
        card.expect(NOT_FOUND, "00A4080C0410001003");
    }

    @Test
    void aClassicCardStillRefusesEveryAidAndGetData() {
        CardProbe card = new CardProbe(TestCards.card());
        card.expect(NOT_FOUND, "00A404000C" + ACE_AID + "00");
        card.expect(NOT_FOUND, "00A4040008" + ST_AID + "00");
        card.expect(0x6D00, "00CA018000");
        card.expect(NOT_FOUND, "00A4040007" + ACE_AID.substring(0, 14) + "00");
    }

    @Test
    void anAidMustMatchWhole() {
        CardProbe card = new CardProbe(TestCards.card(SimulatedProfile.ACE_2025));
        card.expect(NOT_FOUND, "00A4040007" + ACE_AID.substring(0, 14) + "00");
        card.expect(NOT_FOUND, "00A404000D" + ACE_AID + "0000");
    }

    @Test
    void theBuilderCanGiveTheCardAnAtrNoRuleKnows() {
        byte[] unknown = HEX.parseHex("3BFF1800008131FE45006B1105070001110141434511318062");
        SimulatedCard card =
                TestCards.builder(SimulatedProfile.ACE_2025).atr(unknown).build();
        assertArrayEquals(unknown, card.powerOn());
        assertArrayEquals(unknown, card.atr());
        assertTrue(Arrays.equals(
                SimulatedProfile.ACE_2025.atr(),
                TestCards.card(SimulatedProfile.ACE_2025).atr()));
    }

    /** SELECT by path from the current DF with the FCI, then READ BINARY in pieces of at most 255 bytes. */
    private static byte[] readRelative(CardProbe card, String path, int size) {
        card.expect(OK, String.format("00A40900%02X%s00", path.length() / 2, path));
        byte[] content = new byte[size];
        for (int offset = 0; offset < size; offset += 255) {
            int length = Math.min(255, size - offset);
            byte[] piece = card.expect(OK, String.format("00B0%04X%02X", offset, length));
            System.arraycopy(piece, 0, content, offset, length);
        }
        return content;
    }
}
