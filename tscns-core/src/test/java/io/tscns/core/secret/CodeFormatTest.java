package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeFormatTest {

    @Test
    void theCardFormatsAreFixedByTheSources() {
        assertEquals(5, CodeFormat.PIN.minLength());
        assertEquals(8, CodeFormat.PIN.maxLength());
        assertEquals(8, CodeFormat.PUK.minLength());
        assertEquals(8, CodeFormat.PUK.maxLength());
        assertEquals(CodeFormat.DIGITS, CodeFormat.PIN.alphabet());
        assertEquals(CodeFormat.digits(8), CodeFormat.DEFAULT_CIP);
    }

    @Test
    void membershipIsByTheAlphabetOnly() {
        CodeFormat format = CodeFormat.of(4, 6, "XYZ0123456");
        assertTrue(format.allows('X'));
        assertTrue(format.allows('0'));
        assertFalse(format.allows('7'));
        assertFalse(format.allows('x'));
        assertFalse(format.allows('\u0130'));
        assertTrue(format.allowsLength(4));
        assertFalse(format.allowsLength(7));
        assertEquals(0, format.indexOf('X'));
        assertEquals(-1, format.indexOf(-5));
    }

    @Test
    void unusableFormatsAreRejectedWithTheReason() {
        assertMessage("found minimum 0 and maximum 8", () -> CodeFormat.of(0, 8, CodeFormat.DIGITS));
        assertMessage("found minimum 5 and maximum 17", () -> CodeFormat.of(5, 17, CodeFormat.DIGITS));
        assertMessage("found minimum 6 and maximum 5", () -> CodeFormat.of(6, 5, CodeFormat.DIGITS));
        assertMessage("2 to 94 characters; found 1", () -> CodeFormat.of(14, 14, "1"));
        assertMessage("position 3 repeats one", () -> CodeFormat.of(8, 8, "ABA"));
        assertMessage("position 2 is not one", () -> CodeFormat.of(8, 8, "A B"));
        assertMessage("position 2 is not one", () -> CodeFormat.of(8, 8, "A\u00e8"));
        assertMessage("at least 10000 codes", () -> CodeFormat.of(3, 8, CodeFormat.DIGITS));
        assertMessage("at least 10000 codes", () -> CodeFormat.digits(3));
        assertEquals(4, CodeFormat.digits(4).minLength());
    }

    private static void assertMessage(String expected, Runnable call) {
        InvalidSecretConfigurationException e = assertThrows(InvalidSecretConfigurationException.class, call::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void formatsAreValues() {
        assertEquals(CodeFormat.of(5, 8, CodeFormat.DIGITS), CodeFormat.PIN);
        assertEquals(CodeFormat.of(5, 8, CodeFormat.DIGITS).hashCode(), CodeFormat.PIN.hashCode());
        assertNotEquals(CodeFormat.PIN, CodeFormat.PUK);
        assertNotEquals(CodeFormat.digits(8), CodeFormat.of(8, 8, "9876543210"));
        assertEquals("CodeFormat[5-8 characters of \"0123456789\"]", CodeFormat.PIN.toString());
    }
}
