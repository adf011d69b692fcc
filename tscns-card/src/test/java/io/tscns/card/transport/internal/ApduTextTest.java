package io.tscns.card.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.card.apdu.ResponseApdu;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The exact text a trace line gives for each kind of command and response, and what it never shows. */
class ApduTextTest {

    private static final HexFormat HEX = HexFormat.of();

    private static String command(String hex, boolean withData) {
        return ApduText.command(HEX.parseHex(hex), withData);
    }

    @Test
    void describesCommandsByHeaderAndLengthsAndShowsDataOnlyWhenAskedAndNotSecret() {
        assertEquals("<0 bytes, not a command APDU>", ApduText.command(null, true));
        assertEquals("<3 bytes, not a command APDU>", command("00a408", true));
        assertEquals("00 A4 08 00", command("00a40800", true));
        assertEquals("00 B0 00 00 Le=16", command("00b0000010", true));
        assertEquals("00 A4 08 0C Lc=4 data=10001003", command("00a4080c0410001003", true));
        assertEquals("00 A4 08 0C Lc=4", command("00a4080c0410001003", false));
        assertEquals("00 20 00 10 Lc=8 data=<8 bytes redacted>", command("002000100831323334352a2a2a", true));
        assertEquals("00 20 00 10 <malformed, 3 body bytes>", command("00200010053132", true));
    }

    @Test
    void describesResponsesByStatusAndLength() {
        assertEquals("SW=9000", ApduText.response(ResponseApdu.parse(HEX.parseHex("9000")), true));
        assertEquals(
                "SW=9000 Nr=3 data=<redacted>",
                ApduText.response(ResponseApdu.parse(HEX.parseHex("0102039000")), false));
        assertEquals(
                "SW=9000 Nr=3 data=010203", ApduText.response(ResponseApdu.parse(HEX.parseHex("0102039000")), true));
        assertEquals(
                "SW=6A82 (file or application not found)",
                ApduText.response(ResponseApdu.parse(HEX.parseHex("6a82")), true));
    }
}
