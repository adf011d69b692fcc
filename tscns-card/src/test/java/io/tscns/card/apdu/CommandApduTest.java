package io.tscns.card.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandApduTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void readsTheCommandsOpenScSendsToACnsCard() {
        // docs/pcsc.md §5: select by path without FCI, READ BINARY of 16 bytes, MSE RESTORE with its odd trailing 00.
        CommandApdu select = CommandApdu.parse(HEX.parseHex("00A4080C0410001003"));
        assertEquals(0xA4, select.ins());
        assertEquals(0x08, select.p1());
        assertEquals(0x0C, select.p2());
        assertArrayEquals(HEX.parseHex("10001003"), select.data());
        assertEquals(0, select.ne());

        CommandApdu read = CommandApdu.parse(HEX.parseHex("00B0000010"));
        assertEquals(16, read.ne());
        assertEquals(0, read.dataLength());

        CommandApdu restore = CommandApdu.parse(HEX.parseHex("0022F30300"));
        assertEquals(256, restore.ne());

        CommandApdu withFci = CommandApdu.parse(HEX.parseHex("00A40800041100110200"));
        assertEquals(4, withFci.dataLength());
        assertEquals(256, withFci.ne());
    }

    @Test
    void encodesShortAndExtendedForms() {
        assertEquals(
                "00B000FF01",
                HEX.formatHex(CommandApdu.of(0, 0xB0, 0x00, 0xFF, 1).encode()));
        assertEquals(
                "00B0000000", HEX.formatHex(CommandApdu.of(0, 0xB0, 0, 0, 256).encode()));
        assertEquals(
                "00B00000000101",
                HEX.formatHex(CommandApdu.of(0, 0xB0, 0, 0, 257).encode()));
        assertEquals(
                "00B00000000000",
                HEX.formatHex(CommandApdu.of(0, 0xB0, 0, 0, 65536).encode()));

        byte[] block = new byte[256];
        byte[] encoded = CommandApdu.of(0, 0x2A, 0x9E, 0x9A, block, 256).encode();
        assertEquals(4 + 3 + 256 + 2, encoded.length);
        assertEquals("000100", HEX.formatHex(encoded, 4, 4 + 3)); // extended marker 00, then Lc = 0100
        assertTrue(CommandApdu.parse(encoded).isExtended());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "00",
                "00A408",
                "00A4080C023F",
                "00A4080C033F00",
                "00A4080C023F000000",
                "00B0000000010203",
                "00B000000000",
                "00B00000000005AA",
                "00B000000000000000"
            })
    void rejectsMalformedCommandsWithTheTypedException(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        assertThrows(MalformedApduException.class, () -> CommandApdu.parse(bytes));
    }

    @Test
    void saysWhichLengthFieldDisagreesWithTheBytesThatFollow() {
        MalformedApduException shortLc =
                assertThrows(MalformedApduException.class, () -> CommandApdu.parse(HEX.parseHex("00A4080C033F00")));
        assertEquals("short Lc is 3 but 2 bytes follow it; expected 3 or 4", shortLc.getMessage());
        MalformedApduException extendedLc =
                assertThrows(MalformedApduException.class, () -> CommandApdu.parse(HEX.parseHex("00B00000000005AA")));
        assertEquals("extended Lc is 5 but 1 bytes follow it; expected 5 or 7", extendedLc.getMessage());
    }

    @Test
    void readsBothBytesOfAnExtendedLengthField() {
        assertEquals(0x0181, CommandApdu.parse(HEX.parseHex("00B00000000181")).ne());
        CommandApdu decipher = CommandApdu.parse(HEX.parseHex("002A8086000100" + "AB".repeat(0x100) + "0182"));
        assertEquals(0x0100, decipher.dataLength());
        assertEquals(0x0182, decipher.ne());
        assertEquals(
                0x0102,
                CommandApdu.parse(HEX.parseHex("002A808600" + "0102" + "CD".repeat(0x102)))
                        .dataLength());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0x100})
    void refusesAHeaderByteOutOfRangeInEveryPosition(int bad) {
        assertThrows(MalformedApduException.class, () -> CommandApdu.of(bad, 0xA4, 0, 0));
        assertThrows(MalformedApduException.class, () -> CommandApdu.of(0, bad, 0, 0));
        assertThrows(MalformedApduException.class, () -> CommandApdu.of(0, 0xA4, bad, 0));
        assertThrows(MalformedApduException.class, () -> CommandApdu.of(0, 0xA4, 0, bad));
        assertThrows(
                MalformedApduException.class,
                () -> CommandApdu.of(0, 0xA4, 0, 0).withCla(bad));
    }

    @Test
    void keepsEveryHeaderByteAndDescribesItWithoutTheData() {
        CommandApdu select = CommandApdu.parse(HEX.parseHex("80A4080C0410001003"));
        assertEquals(0x80, select.cla());
        assertEquals("80A4080C", select.header());
        assertEquals("CommandApdu[80 A4 08 0C, Nc=4, Ne=0]", select.toString());

        CommandApdu chained = select.withCla(0x90);
        assertEquals(0x90, chained.cla());
        assertEquals("90A4080C0410001003", HEX.formatHex(chained.encode()));
        assertEquals(256, select.withNe(256).ne());
    }

    @Test
    void equalCommandsAgreeOnEveryFieldAndHashAlike() {
        CommandApdu select = CommandApdu.of(0, 0xA4, 0x08, 0x0C, HEX.parseHex("10001003"));
        CommandApdu same = CommandApdu.parse(HEX.parseHex("00A4080C0410001003"));
        assertEquals(select, same);
        assertEquals(select.hashCode(), same.hashCode());
        assertTrue(select.equals(select.withNe(0)));

        for (CommandApdu other : java.util.List.of(
                select.withCla(0x80),
                CommandApdu.of(0, 0xB0, 0x08, 0x0C, HEX.parseHex("10001003")),
                CommandApdu.of(0, 0xA4, 0x00, 0x0C, HEX.parseHex("10001003")),
                CommandApdu.of(0, 0xA4, 0x08, 0x00, HEX.parseHex("10001003")),
                select.withNe(256),
                CommandApdu.of(0, 0xA4, 0x08, 0x0C, HEX.parseHex("10001004")))) {
            assertFalse(select.equals(other), other.toString());
        }
        assertFalse(select.equals("00A4080C0410001003"));
        // The hash mixes the header and the lengths, never the data.
        assertFalse(select.hashCode() == select.withNe(256).hashCode());
        assertFalse(select.hashCode() == select.withCla(0x80).hashCode());
        assertEquals(
                select.hashCode(),
                CommandApdu.of(0, 0xA4, 0x08, 0x0C, HEX.parseHex("FFFFFFFF")).hashCode());
    }

    @Test
    void getChallengeAsksForOneTo256Bytes() {
        assertEquals("0084000001", HEX.formatHex(CnsCommands.getChallenge(1).encode()));
        assertEquals("0084000000", HEX.formatHex(CnsCommands.getChallenge(256).encode()));
        assertThrows(MalformedApduException.class, () -> CnsCommands.getChallenge(0));
        assertThrows(MalformedApduException.class, () -> CnsCommands.getChallenge(257));
    }

    @Test
    void responsesAreEqualByStatusAndData() {
        ResponseApdu ok = ResponseApdu.parse(HEX.parseHex("0102039000"));
        assertEquals(ok, ResponseApdu.parse(HEX.parseHex("0102039000")));
        assertEquals(
                ok.hashCode(), ResponseApdu.parse(HEX.parseHex("0102039000")).hashCode());
        assertFalse(ok.equals(ResponseApdu.parse(HEX.parseHex("0102036282"))));
        assertFalse(ok.equals(ResponseApdu.parse(HEX.parseHex("0102049000"))));
        assertFalse(ok.equals("0102039000"));
        assertFalse(
                ok.hashCode() == ResponseApdu.parse(HEX.parseHex("0102036282")).hashCode());
        assertEquals(
                "response APDU is 0 bytes; it needs at least the two status bytes",
                assertThrows(MalformedApduException.class, () -> ResponseApdu.parse(null))
                        .getMessage());
        assertEquals(0x9000, ResponseApdu.parse(HEX.parseHex("9000")).sw());
    }

    @Test
    void toStringNeverShowsTheData() {
        byte[] pin = "12345678".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CommandApdu verify = CommandApdu.of(0, 0x20, 0, 0x10, pin);
        assertFalse(verify.toString().contains("3132"), verify.toString());
        assertFalse(verify.toString().contains("12345678"), verify.toString());
        verify.wipe();
        assertArrayEquals(new byte[8], verify.data());
    }

    @Test
    void responseSplitsDataAndStatus() {
        ResponseApdu r = ResponseApdu.parse(HEX.parseHex("0102039000"));
        assertTrue(r.isSuccess());
        assertArrayEquals(HEX.parseHex("010203"), r.data());
        assertEquals(0x90, r.sw1());
        assertEquals(0x00, r.sw2());
        assertEquals("ResponseApdu[SW=9000, Nr=3]", r.toString());
        assertEquals(0x63C2, ResponseApdu.parse(HEX.parseHex("63C2")).sw());
        assertThrows(MalformedApduException.class, () -> ResponseApdu.parse(new byte[] {(byte) 0x90}));
    }
}
