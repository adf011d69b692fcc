package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.junit.SecretLeaks.Form;
import io.tscns.test.junit.SecretLeaks.Leak;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.AssertionFailedError;

class SecretLeaksTest {

    private static final String PIN = "84083";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PIN 84083 refused                          | TEXT       | 4
            pin=84083                                  | TEXT       | 4
            8408312345678                              | TEXT       | 0
            old 1234584083                             | TEXT       | 9
            APDU > 00200010 data=3834303833FFFFFF      | HEX        | 21
            data=3132333435FFFFFF3834303833FFFFFF      | HEX        | 21
            data=3834303833                            | HEX        | 5
            bytes 3834303833ab                         | HEX        | 6
            Lc=8 3834303833 fails                      | HEX        | 5
            dump 38 34 30 38 33 FF                     | SPACED_HEX | 5
            dump 0038:34:30:38:33ff                    | SPACED_HEX | 7
            002000810825 84083FFFFFFFFF                | TEXT       | 13
            00200081082584083FFFFFFFFF                 | PIN_BLOCK  | 10
            00200081082584083fffffffff                 | PIN_BLOCK  | 10
            chars [8, 4, 0, 8, 3]                      | CHARS      | 6
            bytes [56, 52, 48, 56, 51]                 | BYTES      | 6
            {"pin":"ODQwODM="}                         | BASE64     | 8
            {"pin":"ODQwODM"}                          | BASE64     | 8
            """)
    void eachFormACodeLeaksInIsFound(String output, Form form, int offset) {
        assertEquals(Optional.of(new Leak(form, offset)), SecretLeaks.find(output, PIN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            modulus: 230990726191388284083556263         | its digits inside a decimal number
            data=9B84083F1E00                            | its digits inside a hex run
            0000: 9B ED 84 08 3F 1E                      | its digits across a spaced dump
            data=363038343038333939                      | its bytes inside a card file's digits in hex
            SubjectKeyIdentifier A84083C                 | its digits inside a hex token
            ZZODQwODMZZ                                  | its Base64 inside a longer Base64 run
            2584083F                                     | a format 2 block cut short
            """)
    void itsDigitsOrBytesInsidePublicDataAreNotALeak(String output, String what) {
        assertEquals(Optional.empty(), SecretLeaks.find(output, PIN), what);
    }

    @Test
    void theFirstFormInOrderIsReportedAtItsFirstPlace() {
        String output = "data=3834303833FFFFFF, later PIN 84083 and 84083";
        assertEquals(Optional.of(new Leak(Form.TEXT, 33)), SecretLeaks.find(output, PIN));
    }

    @Test
    void aCodeWithCharactersBeyondAsciiIsSearchedInUtf8() {
        assertEquals(Optional.of(new Leak(Form.HEX, 4)), SecretLeaks.find("hex C3A8C3A9 end", "èé"));
        assertEquals(Optional.of(new Leak(Form.TEXT, 2)), SecretLeaks.find("x èé", "èé"));
    }

    @Test
    void aCodeWithRegexCharactersIsTakenLiterally() {
        assertEquals(Optional.empty(), SecretLeaks.find("token abxd", "a.*d"));
        assertEquals(Optional.of(new Leak(Form.TEXT, 6)), SecretLeaks.find("token a.*d", "a.*d"));
    }

    @Test
    void theFailureNamesTheCodeTheFormAndTheTextAroundIt() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> SecretLeaks.assertNone("APDU > 00200010 data=3834303833FFFFFF", "12345678", PIN));
        assertEquals(
                "secret #2 is in the output as HEX at offset 21 of 37: …APDU > 00200010 data=3834303833FFFFFF…",
                failure.getMessage());
    }

    @Test
    void theTextAroundALeakIsBoundedOnBothSides() {
        String output = "a".repeat(100) + " " + PIN + " " + "b".repeat(100);
        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> SecretLeaks.assertNone(output, PIN));
        assertEquals(
                "secret #1 is in the output as TEXT at offset 101 of 207: …" + "a".repeat(59) + " " + PIN + " "
                        + "b".repeat(54) + "…",
                failure.getMessage());
    }

    @Test
    void anOutputWithoutTheCodesPasses() {
        SecretLeaks.assertNone("modulus: 230990726191388284083556263, data=9B84083F1E00", PIN, "12345678");
        assertTrue(SecretLeaks.find("", PIN).isEmpty());
    }

    @Test
    void anEmptyOrMissingCodeIsRefused() {
        IllegalArgumentException empty =
                assertThrows(IllegalArgumentException.class, () -> SecretLeaks.find("output", ""));
        assertEquals("the secret is empty", empty.getMessage());
        assertEquals(
                "secret",
                assertThrows(NullPointerException.class, () -> SecretLeaks.find("output", null))
                        .getMessage());
        assertEquals(
                "output",
                assertThrows(NullPointerException.class, () -> SecretLeaks.find(null, PIN))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> SecretLeaks.assertNone("output", (CharSequence[]) null));
    }

    @Test
    void aLeakHasAFormAndAnOffsetThatIsNotNegative() {
        assertThrows(NullPointerException.class, () -> new Leak(null, 0));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new Leak(Form.HEX, -1));
        assertEquals("offset -1 is negative", negative.getMessage());
    }
}
