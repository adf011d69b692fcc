package io.tscns.card.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every range the command builders check, at both sides of each limit: the last value accepted and the first refused,
 * with the refusal's message. A check moved by one, or dropped, fails here.
 */
class CommandLimitsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The message of the {@link MalformedApduException} a call must throw. */
    private static String refusal(Executable call) {
        return assertThrows(MalformedApduException.class, call).getMessage();
    }

    @Test
    void eachHeaderByteIsZeroTo255() {
        assertEquals(new CommandHeader(0xFF, 0xFF, 0xFF, 0xFF), CommandHeader.of(HEX.parseHex("FFFFFFFF")));
        assertEquals("CLA is 256; expected 0 to 255", refusal(() -> new CommandHeader(256, 0, 0, 0)));
        assertEquals("INS is 256; expected 0 to 255", refusal(() -> new CommandHeader(0, 256, 0, 0)));
        assertEquals("P1 is -1; expected 0 to 255", refusal(() -> new CommandHeader(0, 0, -1, 0)));
        assertEquals("P2 is 256; expected 0 to 255", refusal(() -> new CommandHeader(0, 0, 0, 256)));
    }

    @Test
    void anAidIsOneTo16Bytes() {
        byte[] longest = new byte[16];
        assertArrayEquals(longest, CnsCommands.selectApplication(longest).data());
        assertEquals("an AID is 1 to 16 bytes; got 17", refusal(() -> CnsCommands.selectApplication(new byte[17])));
    }

    @Test
    void aGetDataTagIsTwoBytes() {
        CommandApdu lowest = CnsCommands.getData(0);
        assertEquals(0, lowest.p1());
        assertEquals(0, lowest.p2());
        CommandApdu highest = CnsCommands.getData(0xFFFF);
        assertEquals(0xFF, highest.p1());
        assertEquals(0xFF, highest.p2());
        assertEquals("a GET DATA tag is two bytes; got 65536", refusal(() -> CnsCommands.getData(0x10000)));
        assertEquals("a GET DATA tag is two bytes; got -1", refusal(() -> CnsCommands.getData(-1)));
    }

    @Test
    void aReadBinaryOffsetIsAtMost7FFF() {
        CommandApdu last = CnsCommands.readBinary(CnsCommands.MAX_READ_OFFSET, 1);
        assertEquals("00B07FFF01", HEX.formatHex(last.encode()));
        assertEquals(
                "READ BINARY offset is 32768; expected 0 to 32767",
                refusal(() -> CnsCommands.readBinary(CnsCommands.MAX_READ_OFFSET + 1, 1)));
    }

    @Test
    void onlyAPlainValuePsoReturnsASecret() {
        assertTrue(Instruction.responseDataSecret(0x2A, 0x80));
        assertFalse(Instruction.responseDataSecret(0x2A, 0x9E));
        assertFalse(Instruction.responseDataSecret(0xB0, 0x80), "READ BINARY at offset 8000 returns no secret");
        assertFalse(Instruction.responseDataSecret(0x12, 0x80), "an INS this SDK does not send");
    }
}
