package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelectTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final CardProbe probe = new CardProbe(TestCards.card());

    @Test
    void personalDataFciIsLaidOutLikeTheRealTrace() {
        byte[] fci = probe.expect(0x9000, "00A40800041100110200");
        String expected = "6F38"
                + "80020190" // size 400
                + "8203010000" // transparent working EF
                + "83021102"
                + "850101"
                + "8609" + "00FFFFFFFFFFFFFFFF" // READ always, everything else never
                + "8A0105" // activated
                + "CB18" + "FF".repeat(24);
        assertEquals(expected, HEX.formatHex(fci));
    }

    @Test
    void fcpTemplateCarriesTheSameParametersUnderTag62() {
        byte[] fci = probe.expect(0x9000, "00A40800041100110200");
        byte[] fcp = probe.expect(0x9000, "00A40804041100110200");
        assertEquals(0x62, fcp[0] & 0xFF);
        assertArrayEquals(Arrays.copyOfRange(fci, 1, fci.length), Arrays.copyOfRange(fcp, 1, fcp.length));
    }

    @Test
    void dedicatedFileFciNamesTheDfAndForbidsChanges() {
        byte[] fci = probe.expect(0x9000, "00A4080002110000");
        assertEquals("6F17" + "8203380000" + "83021100" + "8609" + "FF".repeat(9) + "8A0105", HEX.formatHex(fci));
    }

    @Test
    void masterFileIsSelectableEveryWay() {
        probe.expect(0x9000, "00A4000C023F00");
        byte[] fci = probe.expect(0x9000, "00A40000023F0000");
        assertEquals("83023F00", HEX.formatHex(fci, 7, 7 + 4));
        probe.expect(0x9000, "00A4080C021100");
        probe.expect(0x9000, "00A4000C"); // no data: the MF
        probe.expect(0x9000, "00A4080C023F00"); // a path naming only the MF
    }

    @Test
    void selectWithoutFciRequestOrWithoutLeReturnsNoData() {
        assertEquals(0, probe.expect(0x9000, "00A4080C0410001003").length);
        // An older ad-hoc reader sends P2 = 00 without Le; the real card answered a plain 9000 (docs/card.md §4.3).
        assertEquals(0, probe.expect(0x9000, "00A408000411001102".replace(" ", "")).length);
    }

    @Test
    void pathFromTheMfMayRepeatTheMf() {
        byte[] fci = probe.expect(0x9000, "00A40800063F001100110200");
        assertEquals("8002019082", HEX.formatHex(fci, 2, 2 + 5));
    }

    @Test
    void selectByFidFindsChildrenParentAndSiblings() {
        probe.expect(0x9000, "00A4000C021100"); // a DF in the MF
        probe.expect(0x9000, "00A4000C021102"); // an EF in DF1
        assertArrayEquals(Arrays.copyOf(TestCards.personalData(), 0xFF), probe.expect(0x9000, "00B00000FF"));
        probe.expect(0x9000, "00A4000C021100"); // the current DF itself
        probe.expect(0x9000, "00A4000C021200"); // a sibling DF: a file in the parent
        probe.expect(0x9000, "00A4030C"); // the parent of DF2: the MF
        probe.expect(0x6A82, "00A4030C"); // the MF has no parent
        probe.expect(0x9000, "00A4010C021000"); // P1 01: a DF in the current DF
        probe.expect(0x6A82, "00A4010C021003"); // P1 01 does not select an EF
        probe.expect(0x9000, "00A4020C021003"); // P1 02: an EF in the current DF
        probe.expect(0x6A82, "00A4020C021100"); // not in DF0
        assertEquals(TestCards.ID_CARTA, new String(probe.expect(0x9000, "00B0000010"), StandardCharsets.US_ASCII));
    }

    @Test
    void relativePathStartsAtTheCurrentDf() {
        probe.expect(0x9000, "00A4000C021100");
        byte[] fci = probe.expect(0x9000, "00A4090002110200");
        assertEquals("80020190", HEX.formatHex(fci, 2, 2 + 4));
        probe.expect(0x6A82, "00A4090C0411001102"); // from DF1 there is no 1100/1102
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00A4040007627601FF00000000", // CoolKey
                "00A4040006A0000000010100", // MUSCLE: a 9000 here would let the muscle driver claim the card
                "00A404000BE82B0601040181C31F020100", // SmartCard-HSM
                "00A404000FD23300000045737445494420763335", // mcrd
                "00A4040009A0000003080000100000", // PIV
                "00A4040007A000000116DB0000", // CAC
                "00A404000CA000000530000B104001021A00", // the AID of the newer applet cards (I3804)
                "00A4040C0CA000000530000B104001021A"
            })
    void everySelectByAidAnswersFileNotFound(String apdu) {
        assertEquals(0x6A82, probe.send(apdu).sw(), apdu);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00A40800022F0000", // EF.DIR
                "00A4080C025015", // PKCS#15 application
                "00A4080002503100", // ODF
                "00A4080C042FFF8228", // InfoCamere CNS01 certificate
                "00A4080C0414009010", // CNS1 signature keyset
                "00A4080C0410001004", // CIE-only EF_DatiSistema
                "00A4080C0411001103", // CIE-only annotations
                "00A4080C06100010021002" // a path through an EF
            })
    void absentFilesAnswerExactly6A82(String apdu) {
        assertEquals(0x6A82, probe.send(apdu).sw(), apdu);
    }

    @Test
    void thePublicKeyIsAnInternalFileUnderTheMf() {
        byte[] fci = probe.expect(0x9000, "00A40800023F0100");
        assertEquals("8203090000", HEX.formatHex(fci, 6, 6 + 5), "descriptor 09: internal EF");
        assertEquals(probe.card().publicKey().getEncoded().length, ((fci[4] & 0xFF) << 8) | (fci[5] & 0xFF));
        probe.expect(0x6981, "00B0000001");
    }

    @Test
    void failedSelectKeepsTheSelection() {
        probe.expect(0x9000, "00A4080C0410001003");
        probe.expect(0x6A82, "00A4080C022F00");
        assertEquals(TestCards.ID_CARTA, new String(probe.expect(0x9000, "00B0000010"), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A40808023F00", "00A40802023F00", "00A4080D023F00"})
    void unsupportedP2Answers6A86(String apdu) {
        assertEquals(0x6A86, probe.send(apdu).sw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A4050C023F00", "00A40A0C023F00", "00A4FF0C023F00"})
    void unsupportedP1Answers6A86(String apdu) {
        assertEquals(0x6A86, probe.send(apdu).sw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A4080C03110011", "00A4000C03110011", "00A4020C0111", "00A4030C023F00"})
    void lengthsThatDoNotFitP1Answer6A87(String apdu) {
        assertEquals(0x6A87, probe.send(apdu).sw());
    }

    @ParameterizedTest
    @EnumSource(CardFile.class)
    void everyCnsFileIsSelectableByItsPathAndReportsItsTrueSize(CardFile file) {
        byte[] path = file.selectPath();
        byte[] command = new byte[5 + path.length + 1];
        command[1] = (byte) 0xA4;
        command[2] = 0x08;
        command[4] = (byte) path.length;
        System.arraycopy(path, 0, command, 5, path.length);
        byte[] fci = probe.send(command).data();
        int size = ((fci[4] & 0xFF) << 8) | (fci[5] & 0xFF);
        assertEquals(probe.card().fileContent(file).orElseThrow().length, size, file.pathText());
        assertEquals(file.fileId(), ((fci[13] & 0xFF) << 8) | (fci[14] & 0xFF));
    }
}
