package io.tscns.card.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtrTest {

    @Test
    void parsesTheRecommendedSimulatorAtr() {
        Atr atr = Atr.parse("3B FF 18 00 00 81 31 FE 45 00 6B 11 05 07 00 01 11 01 43 4E 53 11 31 80 7B");
        assertEquals(0xFF, atr.t0());
        assertEquals(3, atr.interfaceBytes().size());
        assertEquals(OptionalInt.of(0x18), atr.interfaceBytes().get(0).ta());
        assertEquals(OptionalInt.of(0x81), atr.td(1));
        assertEquals(OptionalInt.of(0x31), atr.td(2));
        assertEquals(OptionalInt.of(0xFE), atr.interfaceBytes().get(2).ta());
        assertEquals(OptionalInt.of(0x45), atr.interfaceBytes().get(2).tb());
        assertEquals(OptionalInt.empty(), atr.td(3));
        assertEquals(15, atr.historicalLength());
        assertEquals(OptionalInt.of(0x00), atr.historicalByte(1));
        assertEquals(OptionalInt.of(0x80), atr.historicalByte(15));
        assertEquals(OptionalInt.empty(), atr.historicalByte(16));
        assertEquals(Set.of(1), atr.protocols());
        assertEquals(OptionalInt.of(0x7B), atr.tck());
        assertTrue(atr.tckValid());
        assertEquals("3BFF1800008131FE45006B11050700011101434E531131807B", atr.toString());
    }

    @Test
    void aT0OnlyAtrHasNoTck() {
        Atr atr = Atr.parse("3B 02 14 50");
        assertEquals(Set.of(0), atr.protocols());
        assertEquals(OptionalInt.empty(), atr.tck());
        assertTrue(atr.tckValid());
        assertEquals(2, atr.historicalLength());
    }

    @Test
    void reportsAWrongTckWithoutRejectingTheAtr() {
        Atr atr = Atr.parse("3BFF1800008131FE45006B11050700011101434E531131807C");
        assertFalse(atr.tckValid());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 0",
        "3A00, 0",
        "3B, 1",
        "3BF4, 2",
        "3B0214, 3",
        "3B021450FF, 4",
        "3B8180, 3",
        "3BFF1800008131FE45006B11050700011101434E5311318, 0",
        "3BFF1800008131FE45006B11050700011101434E53113180, 24",
    })
    void rejectsMalformedAtrsNamingThePosition(String hex, int position) {
        if (hex.length() % 2 == 1) {
            assertThrows(MalformedAtrException.class, () -> Atr.parse(hex));
            return;
        }
        MalformedAtrException e = assertThrows(MalformedAtrException.class, () -> Atr.parse(hex));
        assertEquals(position, e.position(), e.getMessage());
    }

    @Test
    void rejectsAtrsLongerThan33Bytes() {
        byte[] bytes = new byte[34];
        bytes[0] = 0x3B;
        assertThrows(MalformedAtrException.class, () -> Atr.parse(bytes));
    }

    @Test
    void acceptsAnAtrOfExactly33Bytes() {
        // TS, T0 (TA1..TD1 and 15 historical bytes), three full groups of interface bytes, TA4..TC4, the historical
        // bytes and TCK: the longest ATR ISO/IEC 7816-3 allows.
        byte[] atr = HexFormat.of()
                .parseHex("3BFF" + "110000F1" + "000000F1" + "00000071" + "000000" + "0102030405060708090A0B0C0D0E0F"
                        + "00");
        int tck = 0;
        for (int i = 1; i < atr.length - 1; i++) {
            tck ^= atr[i];
        }
        atr[atr.length - 1] = (byte) tck;
        assertEquals(33, atr.length);

        Atr parsed = Atr.parse(atr);
        assertEquals(4, parsed.interfaceBytes().size());
        assertEquals(15, parsed.historicalBytes().length);
    }

    @Test
    void namesTheMissingByteAndCountsWhatIsLeftOver() {
        assertEquals(
                "malformed ATR at byte 3: the ATR ends where TA2 is announced",
                assertThrows(MalformedAtrException.class, () -> Atr.parse("3B8011"))
                        .getMessage());
        assertEquals(
                "malformed ATR at byte 4: the ATR ends where TB3 is announced",
                assertThrows(MalformedAtrException.class, () -> Atr.parse("3B808021"))
                        .getMessage());
        assertEquals(
                "malformed ATR at byte 4: T0 announces 5 historical bytes but only 2 follow the interface bytes",
                assertThrows(MalformedAtrException.class, () -> Atr.parse("3B05AABB"))
                        .getMessage());
        assertEquals(
                "malformed ATR at byte 4: 2 bytes follow the end of the ATR structure",
                assertThrows(MalformedAtrException.class, () -> Atr.parse("3B02AABBCCDD"))
                        .getMessage());
    }

    @Test
    void equalAtrsAreTheSameBytes() {
        Atr a = Atr.parse("3B02AABB");
        assertEquals(a, Atr.parse("3b02aabb"));
        assertEquals(a.hashCode(), Atr.parse("3B02AABB").hashCode());
        assertNotEquals(a, Atr.parse("3B02AABC"));
        assertNotEquals(a.hashCode(), Atr.parse("3B02AABC").hashCode());
        assertNotEquals(a, "3B02AABB");
    }
}
