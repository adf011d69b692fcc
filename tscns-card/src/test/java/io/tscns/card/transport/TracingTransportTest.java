package io.tscns.card.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.LogCapture;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TracingTransportTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final String PIN_BLOCK = "3132333435363738";
    private static final String PUK_BLOCK = "3837363534333231";

    @Test
    void pinAndPukDataNeverReachTheTrace() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("0020001008" + PIN_BLOCK, "63C2")
                .expect("0021001008" + PIN_BLOCK, "9000")
                .expect("0024001010" + PIN_BLOCK + PUK_BLOCK, "9000")
                .expect("002C001010" + PUK_BLOCK + PIN_BLOCK, "9000")
                .expect("002C011008" + PUK_BLOCK, "9000")
                .build();
        try (LogCapture log = LogCapture.start()) {
            CardTransport traced = new TracingTransport(card);
            traced.transmit(HEX.parseHex("0020001008" + PIN_BLOCK));
            traced.transmit(HEX.parseHex("0021001008" + PIN_BLOCK));
            traced.transmit(HEX.parseHex("0024001010" + PIN_BLOCK + PUK_BLOCK));
            traced.transmit(HEX.parseHex("002C001010" + PUK_BLOCK + PIN_BLOCK));
            traced.transmit(HEX.parseHex("002C011008" + PUK_BLOCK));
            String text = log.text();
            assertEquals(10, log.messages().size(), text);
            for (String secret : new String[] {"31323334", "38373635", "1234", "8765"}) {
                assertFalse(text.contains(secret), text);
            }
            assertTrue(text.contains("APDU #1 > 00 20 00 10 Lc=8 data=<8 bytes redacted>"), text);
            assertTrue(text.contains("APDU #1 < SW=63C2 (wrong PIN or PUK, 2 tries left)"), text);
            assertTrue(text.contains("APDU #3 > 00 24 00 10 Lc=16 data=<16 bytes redacted>"), text);
        }
    }

    @Test
    void decipherOutputIsRedactedAlsoWhenFetchedByGetResponse() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("002A80860300010200", "DEADBEEF6102")
                .expect("00C0000002", "BEEF9000")
                .expect("00B0000002", "CAFE9000")
                .build();
        try (LogCapture log = LogCapture.start()) {
            CardTransport stack = Transports.standard(card);
            assertEquals("DEADBEEFBEEF9000", HEX.formatHex(stack.transmit(HEX.parseHex("002A80860300010200"))));
            stack.transmit(HEX.parseHex("00B0000002"));
            String text = log.text();
            assertFalse(text.contains("DEADBEEF"), text);
            assertFalse(text.contains("BEEF9000") || text.contains("data=BEEF"), text);
            assertTrue(text.contains("APDU #1 > 00 2A 80 86 Lc=3 data=000102 Le=256"), text);
            assertTrue(
                    text.contains("APDU #1 < SW=6102 (2 response bytes still available) Nr=4 data=<redacted>"), text);
            assertTrue(text.contains("APDU #2 < SW=9000 Nr=2 data=<redacted>"), text);
            assertTrue(text.contains("APDU #3 < SW=9000 Nr=2 data=CAFE"), text);
        }
    }

    @Test
    void headersOnlyDetailShowsNoDataAtAll() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041100110200", "6F038002019 0 9000".replace(" ", ""))
                .build();
        try (LogCapture log = LogCapture.start()) {
            new TracingTransport(card, TracingTransport.Detail.HEADERS).transmit(HEX.parseHex("00A40800041100110200"));
            String text = log.text();
            assertFalse(text.contains("11001102"), text);
            assertFalse(text.contains("800201"), text);
            assertTrue(text.contains("APDU #1 > 00 A4 08 00 Lc=4 Le=256"), text);
        }
    }
}
