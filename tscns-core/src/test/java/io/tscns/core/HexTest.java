package io.tscns.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HexTest {

    @Test
    void formatsUpperCaseAndParsesWithSeparators() {
        assertEquals("3BFF18", Hex.format(new byte[] {0x3B, (byte) 0xFF, 0x18}));
        assertArrayEquals(new byte[] {0x3B, (byte) 0xFF, 0x18}, Hex.parse("3b:ff 18"));
        assertEquals("0A", Hex.format(10));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("3G"));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("3BF"));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("\u0663\u0663"));
    }

    @Property
    void roundTrips(@ForAll byte[] bytes) {
        assertArrayEquals(bytes, Hex.parse(Hex.format(bytes)));
    }
}
