package io.tscns.card.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.CardFileNotFoundException;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.transport.ScriptedTransport;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CnsFileSystemTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final String SELECT_PERSONAL_DATA = "00A40800041100110200";

    static byte[] content(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 7 + 3);
        }
        return bytes;
    }

    static String fci(int size) {
        return String.format("6F04 8002%04X", size).replace(" ", "");
    }

    static String slice(byte[] bytes, int from, int to) {
        return HEX.formatHex(java.util.Arrays.copyOfRange(bytes, from, to));
    }

    @Test
    void readsA400ByteFileInOneSelectAndTwoShortReads() {
        byte[] file = content(400);
        ScriptedTransport card = ScriptedTransport.builder()
                .expect(SELECT_PERSONAL_DATA, FileControlInfoTest.ACE_2025_PERSONAL_DATA + "9000")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FF91", slice(file, 255, 400) + "9000")
                .build();
        assertArrayEquals(file, new CnsFileSystem(card, false).read(CnsFile.PERSONAL_DATA));
        card.assertComplete();
    }

    @Test
    void readsALargeFileInOneExtendedRead() {
        byte[] certificate = content(2000);
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041100110100", fci(2000) + "9000")
                .expect("00B00000" + "0007D0", HEX.formatHex(certificate) + "9000")
                .build();
        assertArrayEquals(certificate, new CnsFileSystem(card, true).read(CnsFile.AUTHENTICATION_CERTIFICATE));
        card.assertComplete();
    }

    @Test
    void extendedLengthIsNotUsedForFilesThatFitAShortRead() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041000100300", fci(16) + "9000")
                .expect("00B0000010", "363132303132333435363738393030309000")
                .build();
        assertEquals(
                "6120123456789000",
                new String(
                        new CnsFileSystem(card, true).read(CnsFile.CARD_ID),
                        java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void fallsBackToShortReadsForGoodWhenExtendedLengthIsRefused() {
        byte[] file = content(300);
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041100110100", fci(300) + "9000")
                .expect("00B00000" + "00012C", "6700")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FF2D", slice(file, 255, 300) + "9000")
                .expect(SELECT_PERSONAL_DATA, fci(300) + "9000")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FF2D", slice(file, 255, 300) + "9000")
                .build();
        CnsFileSystem fs = new CnsFileSystem(card, true);
        assertArrayEquals(file, fs.read(CnsFile.AUTHENTICATION_CERTIFICATE));
        assertFalse(fs.extendedLength());
        assertArrayEquals(file, fs.read(CnsFile.PERSONAL_DATA));
        card.assertComplete();
    }

    @Test
    void continuesAfterAShortPieceUntilTheFciSize() {
        byte[] file = content(300);
        ScriptedTransport card = ScriptedTransport.builder()
                .expect(SELECT_PERSONAL_DATA, fci(300) + "9000")
                .expect("00B00000FF", slice(file, 0, 200) + "9000")
                .expect("00B000C864", slice(file, 200, 300) + "9000")
                .build();
        assertArrayEquals(file, new CnsFileSystem(card, false).read(CnsFile.PERSONAL_DATA));
    }

    @Test
    void aFileEndingBeforeItsFciSizeIsAnErrorNotAPartialResult() {
        byte[] file = content(400);
        for (String endOfFile : new String[] {"6B00", "6282", "9000"}) {
            ScriptedTransport card = ScriptedTransport.builder()
                    .expect(SELECT_PERSONAL_DATA, fci(400) + "9000")
                    .expect("00B00000FF", slice(file, 0, 255) + "9000")
                    .expect("00B000FF91", endOfFile)
                    .build();
            UnexpectedResponseException e = assertThrows(
                    UnexpectedResponseException.class,
                    () -> new CnsFileSystem(card, false).read(CnsFile.PERSONAL_DATA));
            assertEquals("file 3F00/1100/1102 ended at offset 255 but its FCI gives 400 bytes", e.getMessage());
        }
        ScriptedTransport truncated = ScriptedTransport.builder()
                .expect(SELECT_PERSONAL_DATA, fci(400) + "9000")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FF91", slice(file, 255, 300) + "6282")
                .build();
        UnexpectedResponseException e = assertThrows(
                UnexpectedResponseException.class,
                () -> new CnsFileSystem(truncated, false).read(CnsFile.PERSONAL_DATA));
        assertTrue(e.getMessage().contains("ended at offset 300"), e.getMessage());
    }

    @Test
    void moreBytesThanAskedIsAnError() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041000100300", fci(16) + "9000")
                .expect("00B0000010", "00".repeat(17) + "9000")
                .build();
        UnexpectedResponseException e = assertThrows(
                UnexpectedResponseException.class, () -> new CnsFileSystem(card, false).read(CnsFile.CARD_ID));
        assertTrue(e.getMessage().contains("asked for 16 bytes and got 17"), e.getMessage());
    }

    @Test
    void aFileWithoutSizeIsReadUntilTheCardSignalsItsEnd() {
        byte[] file = content(300);
        ScriptedTransport shortPiece = ScriptedTransport.builder()
                .expect("00A408000212030 0".replace(" ", ""), "6F04830212039000")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FFFF", slice(file, 255, 300) + "9000")
                .build();
        assertArrayEquals(file, new CnsFileSystem(shortPiece, false).read(CardPath.parse("3F00/1203")));
        ScriptedTransport exactMultiple = ScriptedTransport.builder()
                .expect("00A4080002120300", "9000")
                .expect("00B00000FF", slice(file, 0, 255) + "9000")
                .expect("00B000FFFF", "6B00")
                .build();
        assertArrayEquals(
                java.util.Arrays.copyOf(file, 255),
                new CnsFileSystem(exactMultiple, false).read(CardPath.parse("3F00/1203")));
    }

    @Test
    void aCardThatRefusesToReturnTheFciIsSelectedAgainWithoutIt() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041000100300", "6A86")
                .expect("00A4080C0410001003", "9000")
                .expect("00B00000FF", "363132303132333435363738393030309000")
                .build();
        assertEquals(16, new CnsFileSystem(card, false).read(CnsFile.CARD_ID).length);
    }

    @Test
    void missingFilesAreTypedOrEmpty() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800042FFF822800", "6A82")
                .expect("00A40800041200120100", "6A82")
                .build();
        CnsFileSystem fs = new CnsFileSystem(card, false);
        assertThrows(CardFileNotFoundException.class, () -> fs.read(CardPath.parse("3F00/2FFF/8228")));
        assertEquals(Optional.empty(), fs.readIfPresent(CnsFile.ADDITIONAL_PERSONAL_DATA.path()));
    }

    @Test
    void protectedFilesFailWithTheCardsReason() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041200120100", fci(10) + "9000")
                .expect("00B000000A", "6982")
                .build();
        assertThrows(
                SecurityStatusNotSatisfiedException.class,
                () -> new CnsFileSystem(card, false).read(CnsFile.ADDITIONAL_PERSONAL_DATA));
    }

    @Test
    void refusesDirectoriesOversizedFilesAndMalformedFcis() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A4080002110000".replace(" ", ""), "6F0582033800009000")
                .expect(SELECT_PERSONAL_DATA, "6F068004000080019000")
                .expect(SELECT_PERSONAL_DATA, "6F038002019000")
                .build();
        CnsFileSystem fs = new CnsFileSystem(card, false);
        UnexpectedResponseException df =
                assertThrows(UnexpectedResponseException.class, () -> fs.read(CardPath.parse("3F00/1100")));
        assertEquals("file 3F00/1100 is a DEDICATED_FILE, not a transparent EF", df.getMessage());
        UnexpectedResponseException big =
                assertThrows(UnexpectedResponseException.class, () -> fs.read(CnsFile.PERSONAL_DATA));
        assertTrue(big.getMessage().contains("the FCI gives 32769 bytes"), big.getMessage());
        UnexpectedResponseException malformed =
                assertThrows(UnexpectedResponseException.class, () -> fs.read(CnsFile.PERSONAL_DATA));
        assertTrue(malformed.getMessage().startsWith("SELECT 3F00/1100/1102: "), malformed.getMessage());
    }

    @Test
    void selectsTheMasterFileAndFilesByIdentifier() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40000023F0000", "9000")
                .expect("00A400000210000 0".replace(" ", ""), "6F098203380000830210009000")
                .build();
        CnsFileSystem fs = new CnsFileSystem(card, false);
        assertEquals(FileControlInfo.NONE, fs.select(CardPath.MASTER_FILE));
        assertEquals(
                Optional.of(FileId.parse("1000")),
                fs.select(FileId.parse("1000")).fileId());
        card.assertComplete();
    }
}
