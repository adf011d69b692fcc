package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCodeTest {

    private static final String DIGIT = "a digit 0-9";

    @ParameterizedTest
    @ValueSource(strings = {"12345", "123456", "1234567", "12345678", "00000"})
    void aPinIsFiveToEightAsciiDigits(String text) {
        Pin pin = Pin.parse(text.toCharArray());
        assertEquals(text.length(), pin.length());
        assertArrayEquals(text.toCharArray(), pin.toCharArray());
        assertEquals(CodeKind.PIN, pin.kind());
        assertEquals(CodeFormat.PIN, pin.format());
    }

    @Test
    void everyProblemOfAPinIsReportedAtOnceByPosition() {
        InvalidSecretCodeException e =
                assertThrows(InvalidSecretCodeException.class, () -> Pin.parse("1a3".toCharArray()));
        assertEquals(CodeKind.PIN, e.kind());
        assertEquals(
                List.of(
                        new SecretCodeProblem.WrongLength(3, 5, 8),
                        new SecretCodeProblem.CharacterNotAllowed(2, DIGIT)),
                e.problems());
        assertEquals(
                "PIN is not valid: it has 3 characters; expected 5 to 8; "
                        + "the character at position 2 is not allowed; expected a digit 0-9",
                e.getMessage());
    }

    @Test
    void digitsOfOtherScriptsAreNotAsciiDigits() {
        // U+0663 ARABIC-INDIC DIGIT THREE and U+FF15 FULLWIDTH DIGIT FIVE: Character.isDigit says yes, the card no.
        InvalidSecretCodeException e =
                assertThrows(InvalidSecretCodeException.class, () -> Pin.parse("12\u06634\uFF15"));
        assertEquals(
                List.of(
                        new SecretCodeProblem.CharacterNotAllowed(3, DIGIT),
                        new SecretCodeProblem.CharacterNotAllowed(5, DIGIT)),
                e.problems());
    }

    @Test
    void aHugeInputGivesABoundedListOfProblems() {
        char[] huge = new char[100_000];
        Arrays.fill(huge, 'x');
        InvalidSecretCodeException e = assertThrows(InvalidSecretCodeException.class, () -> Pin.parse(huge));
        assertEquals(1 + CodeFormat.PIN.maxLength(), e.problems().size());
        assertEquals(
                new SecretCodeProblem.WrongLength(100_000, 5, 8), e.problems().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", ""})
    void aPukIsExactlyEightDigits(String text) {
        assertThrows(InvalidSecretCodeException.class, () -> Puk.parse(text));
    }

    @Test
    void aCipFollowsItsFormat() {
        assertEquals(8, Cip.parse("12345678".toCharArray()).length());
        assertThrows(InvalidSecretCodeException.class, () -> Cip.parse("1234567".toCharArray()));

        CodeFormat alphanumeric = CodeFormat.of(6, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        Cip cip = Cip.parse("AB23CD".toCharArray(), alphanumeric);
        assertEquals(alphanumeric, cip.format());
        InvalidSecretCodeException e =
                assertThrows(InvalidSecretCodeException.class, () -> Cip.parse("AB1OCD".toCharArray(), alphanumeric));
        assertEquals(
                List.of(
                        new SecretCodeProblem.CharacterNotAllowed(
                                3, "one of the 32 characters of the format's alphabet"),
                        new SecretCodeProblem.CharacterNotAllowed(
                                4, "one of the 32 characters of the format's alphabet")),
                e.problems());
    }

    @Test
    void thePinGoesToTheCardAsEightBytesPaddedWithFF() {
        Pin pin = Pin.parse("12345");
        byte[] field = pin.paddedForCard();
        assertArrayEquals(new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, field);
        assertEquals(CardCode.CARD_FIELD_LENGTH, field.length);

        field[0] = 0;
        assertArrayEquals(
                new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                pin.paddedForCard(),
                "every call returns a fresh array");
        assertArrayEquals(
                "87654321".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Puk.parse("87654321").paddedForCard());
    }

    @Test
    void aCardFieldReadsBackIntoThePin() {
        byte[] field = {0x39, 0x38, 0x37, 0x36, 0x35, 0x34, (byte) 0xFF, (byte) 0xFF};
        Pin pin = Pin.fromCardField(field);
        assertTrue(pin.matches(Pin.parse("987654")));
        assertArrayEquals(field, pin.paddedForCard());
    }

    @Test
    void aMalformedCardFieldIsATypedError() {
        assertEquals(
                List.of(new SecretCodeProblem.WrongCardFieldLength(7, 8)),
                problems(() -> Pin.fromCardField(new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, (byte) 0xFF, (byte) 0xFF})));
        assertEquals(
                List.of(new SecretCodeProblem.BadCardPadding(7)),
                problems(() ->
                        Pin.fromCardField(new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, (byte) 0xFF, 0x36, (byte) 0xFF})));
        assertEquals(
                List.of(new SecretCodeProblem.BadCardPadding(6)),
                problems(() -> Pin.fromCardField(new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, 0, 0, 0})));
        assertEquals(
                List.of(new SecretCodeProblem.WrongLength(4, 5, 8)),
                problems(() -> Pin.fromCardField(new byte[] {0x31, 0x32, 0x33, 0x34, -1, -1, -1, -1})));
        assertEquals(
                List.of(new SecretCodeProblem.WrongLength(7, 8, 8)),
                problems(() -> Puk.fromCardField(new byte[] {0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, -1})));
    }

    private static List<SecretCodeProblem> problems(Runnable call) {
        return assertThrows(InvalidSecretCodeException.class, call::run).problems();
    }

    @Test
    void matchingComparesKindAndValue() {
        Pin pin = Pin.parse("12345678");
        assertTrue(pin.matches(Pin.parse("12345678")));
        assertFalse(pin.matches(Pin.parse("12345679")));
        assertFalse(pin.matches(Pin.parse("1234567")));
        assertFalse(pin.matches(Puk.parse("12345678")), "a PUK never matches a PIN");
        assertFalse(pin.matches(Cip.parse("12345678".toCharArray())), "a CIP never matches a PIN");
    }

    @Test
    void equalityIsIdentityNotValue() {
        Pin first = Pin.parse("12345");
        Pin second = Pin.parse("12345");
        assertFalse(first.equals(second), "the same digits in two objects are not equal");
        assertTrue(first.equals(first), "an object equals itself");
        assertFalse(first.equals(null));
        assertEquals(System.identityHashCode(first), first.hashCode());
        assertEquals(System.identityHashCode(second), second.hashCode());
        assertTrue(first.matches(second));
    }

    @Test
    void valuesAreCopiedInAndOut() {
        char[] typed = "24680".toCharArray();
        Pin pin = Pin.parse(typed);
        Arrays.fill(typed, '\0');
        assertArrayEquals("24680".toCharArray(), pin.toCharArray());

        char[] out = pin.toCharArray();
        assertNotSame(out, pin.toCharArray());
        out[0] = '9';
        byte[] bytes = pin.toAsciiBytes();
        bytes[1] = '9';
        assertArrayEquals("24680".toCharArray(), pin.toCharArray());
    }

    @ParameterizedTest
    @CsvSource({
        "11111, true",
        "00000000, true",
        "12345, true",
        "54321, true",
        "98765432, true",
        "78901, true",
        "90123, true",
        "21098, true",
        "10987, true",
        "34567890, true",
        "12346, false",
        "13579, false",
        "11112, false",
        "12321, false",
        "19283, false",
        "01234568, false"
    })
    void trivialCodesAreAllEqualOrRunsWrappingAroundNine(String text, boolean trivial) {
        assertEquals(trivial, Pin.parse(text).hasTrivialPattern());
    }

    @Test
    void trivialRunsFollowTheOrderOfACustomAlphabet() {
        CodeFormat letters = CodeFormat.of(4, 4, "ABCDEFGHIJ");
        assertTrue(Cip.parse("HIJA", letters).hasTrivialPattern());
        assertTrue(Cip.parse("BAJI", letters).hasTrivialPattern());
        assertFalse(Cip.parse("ABCE", letters).hasTrivialPattern());
    }

    @Test
    void kindsCarryTheirItalianTerms() {
        assertEquals("Codice Identificativo Personale", CodeKind.CIP.italianTerm());
        assertEquals("PUK", CodeKind.PUK.label());
        assertEquals(CodeFormat.DEFAULT_CIP, CodeFormat.defaultFor(CodeKind.CIP));
        assertEquals(CodeFormat.PIN, CodeFormat.defaultFor(CodeKind.PIN));
    }
}
