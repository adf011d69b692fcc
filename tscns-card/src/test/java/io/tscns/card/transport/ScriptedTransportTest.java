package io.tscns.card.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ScriptedTransportTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void playsTheScriptInOrder() {
        ScriptedTransport script = ScriptedTransport.builder()
                .expect("00A4000C023F00", "9000")
                .expect("00B0000010", "363132303132333435363738393030309000")
                .build();
        assertEquals("9000", HEX.formatHex(script.transmit(HEX.parseHex("00A4000C023F00"))));
        assertEquals(
                "363132303132333435363738393030309000", HEX.formatHex(script.transmit(HEX.parseHex("00B0000010"))));
        assertEquals(2, script.exchangesPlayed());
        script.assertComplete();
    }

    @Test
    void aDifferentCommandFailsAndTheTransportStaysFailed() {
        ScriptedTransport script =
                ScriptedTransport.builder().expect("00B0000010", "9000").build();
        ScriptedTransportException e =
                assertThrows(ScriptedTransportException.class, () -> script.transmit(HEX.parseHex("00B0000011")));
        assertTrue(e.getMessage().contains("command #1 differs"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 00 B0 00 00 Le=16, got 00 B0 00 00 Le=17"), e.getMessage());
        assertTrue(e.getMessage().contains("first difference at byte 4"), e.getMessage());
        assertThrows(ScriptedTransportException.class, () -> script.transmit(HEX.parseHex("00B0000010")));
        assertThrows(ScriptedTransportException.class, script::assertComplete);
    }

    @Test
    void anExtraCommandFails() {
        ScriptedTransport script =
                ScriptedTransport.builder().expect("00A4000C023F00", "9000").build();
        script.transmit(HEX.parseHex("00A4000C023F00"));
        ScriptedTransportException e =
                assertThrows(ScriptedTransportException.class, () -> script.transmit(HEX.parseHex("00A4000C023F00")));
        assertTrue(e.getMessage().contains("the script has only 1 exchanges"), e.getMessage());
    }

    @Test
    void aMissingCommandFailsTheCompletenessCheck() {
        ScriptedTransport script = ScriptedTransport.builder()
                .expect("00A4000C023F00", "9000")
                .expect("00B0000010", "9000")
                .build();
        script.transmit(HEX.parseHex("00A4000C023F00"));
        ScriptedTransportException e = assertThrows(ScriptedTransportException.class, script::assertComplete);
        assertTrue(e.getMessage().contains("1 scripted exchanges were never sent"), e.getMessage());
        assertTrue(e.getMessage().contains("00 B0 00 00 Le=16"), e.getMessage());
    }

    @Test
    void mismatchMessagesNeverShowPinData() {
        ScriptedTransport script = ScriptedTransport.builder()
                .expect("00200010083132333435FFFFFF", "9000")
                .build();
        ScriptedTransportException e = assertThrows(
                ScriptedTransportException.class, () -> script.transmit(HEX.parseHex("00200010083132333436FFFFFF")));
        assertFalse(e.getMessage().contains("313233"), e.getMessage());
        assertFalse(e.getMessage().contains("first difference"), e.getMessage());
        assertTrue(e.getMessage().contains("data=<8 bytes redacted>"), e.getMessage());
    }

    @Test
    void readsATextScript() {
        ScriptedTransport script = ScriptedTransport.parse("""
                # select EF.ID_Carta with its FCI, then read it
                > 00A4080004 10001003 00
                < 6F08 80020010 83021003 9000

                > 00B0000010
                < 36313230313233343536373839303030 9000
                """);
        assertEquals(2, script.exchangesScripted());
        assertEquals(
                "6F0880020010830210039000".replace(" ", ""),
                HEX.formatHex(script.transmit(HEX.parseHex("00A40800041000100300"))));
    }

    @Test
    void rejectsMalformedScriptText() {
        assertThrows(ScriptedTransportException.class, () -> ScriptedTransport.parse("< 9000"));
        assertThrows(ScriptedTransportException.class, () -> ScriptedTransport.parse("> 00A4\n> 00A4"));
        assertThrows(ScriptedTransportException.class, () -> ScriptedTransport.parse("> 00A4000C023F00"));
        assertThrows(ScriptedTransportException.class, () -> ScriptedTransport.parse("> 00A4\n< 9G00"));
        assertThrows(ScriptedTransportException.class, () -> ScriptedTransport.parse("> 00A4\n< 90"));
    }
}
