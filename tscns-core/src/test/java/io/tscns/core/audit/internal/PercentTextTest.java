package io.tscns.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.audit.InvalidAuditValueException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the exact bytes of the percent-encoding of export text at every edge of its rule: the last character
 * escaped and the first written plainly on each side of each class, and the exact decoding (and refusal) of escapes
 * and surrogates.
 */
class PercentTextTest {

    @ParameterizedTest
    @CsvSource({
        "32, %20", // space: the last escaped ASCII character below the visible ones
        "33, !", // first visible ASCII character
        "126, ~", // last visible ASCII character
        "127, %7F", // DEL
        "128, %C2%80", // first C1 control
        "159, %C2%9F", // last C1 control
        "160, %C2%A0", // no-break space: first code point of the upper plane, escaped by its range
        "161, ¡", // first code point written plainly above the controls
        "37, %25",
        "44, %2C",
        "58, %3A",
        "61, %3D",
    })
    void eachCodePointAtAClassBoundaryIsEncodedExactly(int codePoint, String expected) {
        assertEquals(expected, PercentText.encode(Character.toString(codePoint)));
    }

    @Test
    void encodingAWholeTextKeepsPlainCharactersAndEscapesEachUtf8ByteInUpperCaseHex() {
        assertEquals(
                "a%20b%25%2C%3A%3Dc%E2%80%8B\uD83D\uDE00%F3%A0%81%81é",
                PercentText.encode("a b%,:=c\u200B\uD83D\uDE00\uDB40\uDC41é"));
        assertEquals("", PercentText.encode(""));
    }

    @Test
    void escapesAreDecodedWithUpperAndLowerCaseHexDigitsAtTheEdgesOfEachRange() {
        assertEquals("a\u0000\u0009\n\u000F\u00FF", PercentText.decode("f", "a%00%09%0a%0f%C3%BF"));
        assertEquals("\n\u000F\u00AF", PercentText.decode("f", "%0A%0F%c2%af"));
        assertEquals("A\u00e9B", PercentText.decode("f", "%41%C3%A9B"));
    }

    @Test
    void textWithoutEscapesIsReturnedAsIs() {
        assertEquals("plain text, with: separators", PercentText.decode("f", "plain text, with: separators"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "a%", "%4", "ab%4", "%g0", "%0g", "%G0", "%0G", "%/0", "%:0", "%@0", "%`0"})
    void aPercentNotFollowedByTwoHexDigitsIsASyntaxError(String text) {
        InvalidAuditValueException e =
                assertThrows(InvalidAuditValueException.class, () -> PercentText.decode("field", text));
        assertEquals(Reason.SYNTAX, e.reason());
        assertEquals("field", e.field());
        assertEquals(
                "audit field: '%' at index " + text.indexOf('%') + " is not followed by two hex digits",
                e.getMessage());
    }

    @Test
    void escapedBytesThatAreNotUtf8AreASyntaxError() {
        InvalidAuditValueException e =
                assertThrows(InvalidAuditValueException.class, () -> PercentText.decode("field", "%C3"));
        assertEquals(Reason.SYNTAX, e.reason());
        assertEquals("audit field: escaped bytes are not valid UTF-8", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(chars = {'\uD800', '\uDBFF', '\uDC00', '\uDFFF'})
    void anUnpairedSurrogateNextToAnEscapeIsIllFormed(char surrogate) {
        InvalidAuditValueException e =
                assertThrows(InvalidAuditValueException.class, () -> PercentText.decode("field", "%41" + surrogate));
        assertEquals(Reason.ILL_FORMED_UNICODE, e.reason());
        assertEquals("audit field: unpaired UTF-16 surrogate at index 3", e.getMessage());
    }

    @Test
    void theCodePointsAroundTheSurrogatesAndPairedSurrogatesDecodeNextToAnEscape() {
        assertEquals("A\uD7FF", PercentText.decode("f", "%41\uD7FF"));
        assertEquals("A\uE000", PercentText.decode("f", "%41\uE000"));
        assertEquals("A\uD83D\uDE00", PercentText.decode("f", "%41\uD83D\uDE00"));
    }
}
