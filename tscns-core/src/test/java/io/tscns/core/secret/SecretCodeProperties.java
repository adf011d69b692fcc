package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SecretCodeProperties {

    @Provide
    Arbitrary<String> codeLikeText() {
        return SecretArbitraries.codeLikeText();
    }

    @Property
    void arbitraryTextGivesTheCodeOrOnlyTheTypedErrorListingExactlyWhatIsWrong(
            @ForAll("codeLikeText") String text, @ForAll CodeKind kind) {
        CodeFormat format = CodeFormat.defaultFor(kind);
        int inspected = Math.min(text.length(), format.maxLength());
        long badCharacters =
                text.chars().limit(inspected).filter(c -> c < '0' || c > '9').count();
        boolean valid = format.allowsLength(text.length()) && text.chars().allMatch(c -> c >= '0' && c <= '9');
        try {
            SecretCode code = switch (kind) {
                case PIN -> Pin.parse(text);
                case PUK -> Puk.parse(text.toCharArray());
                case CIP -> Cip.parse(text, format);
            };
            assertTrue(valid);
            assertArrayEquals(text.toCharArray(), code.toCharArray());
        } catch (InvalidSecretCodeException e) {
            assertFalse(valid);
            assertEquals(kind, e.kind());
            long reportedBad = 0;
            for (SecretCodeProblem problem : e.problems()) {
                if (problem instanceof SecretCodeProblem.WrongLength wrong) {
                    assertEquals(text.length(), wrong.actual());
                    assertFalse(format.allowsLength(text.length()));
                } else if (problem instanceof SecretCodeProblem.CharacterNotAllowed bad) {
                    assertFalse(format.allows(text.charAt(bad.position() - 1)));
                    reportedBad++;
                } else {
                    fail("unexpected problem " + problem);
                }
            }
            assertEquals(badCharacters, reportedBad);
        }
    }

    @Provide
    Arbitrary<String> pinTexts() {
        return SecretArbitraries.pinTexts();
    }

    @Property
    void aPinGoesToTheCardAndBack(@ForAll("pinTexts") String text) {
        Pin pin = Pin.parse(text);
        byte[] field = pin.paddedForCard();
        assertEquals(8, field.length);
        for (int i = 0; i < 8; i++) {
            assertEquals(i < text.length() ? (byte) text.charAt(i) : (byte) 0xFF, field[i]);
        }
        assertTrue(Pin.fromCardField(field).matches(pin));
    }

    @Provide
    Arbitrary<byte[]> cardFields() {
        Arbitrary<Byte> likely =
                Arbitraries.of((byte) '0', (byte) '5', (byte) '9', (byte) 0xFF, (byte) 0xFF, (byte) 0x00, (byte) 'a');
        Arbitrary<Byte> bytes = Arbitraries.oneOf(likely, Arbitraries.bytes());
        return Arbitraries.oneOf(
                bytes.array(byte[].class).ofSize(8), bytes.array(byte[].class).ofMaxSize(12));
    }

    @Property
    void arbitraryCardFieldsGiveTheCodeOrOnlyTheTypedError(@ForAll("cardFields") byte[] field, @ForAll boolean puk) {
        byte[] original = field.clone();
        try {
            CardCode code = puk ? Puk.fromCardField(field) : Pin.fromCardField(field);
            assertArrayEquals(field, code.paddedForCard());
        } catch (InvalidSecretCodeException e) {
            assertEquals(1, e.problems().size());
        }
        assertArrayEquals(original, field, "the caller's array is never changed");
    }

    @Property
    void trivialityIsExactlyTheThirtyRunsOfEachLength(@ForAll("pinTexts") String text) {
        boolean trivial = SecretArbitraries.trivialDigitCodes(text.length()).contains(text);
        assertEquals(trivial, Pin.parse(text).hasTrivialPattern());
    }

    @Provide
    Arbitrary<CodeFormat> formats() {
        return SecretArbitraries.formats();
    }

    @Property
    void generatedCodesSatisfyTheirFormatAndAreNeverTrivial(
            @ForAll long seed,
            @ForAll @IntRange(min = 5, max = 8) int pinLength,
            @ForAll("formats") CodeFormat cipFormat) {
        CodeGenerator generator = SecretTestSupport.seededGenerator(seed);
        Pin pin = generator.generatePin(pinLength);
        Puk puk = generator.generatePuk();
        Cip cip = generator.generateCip(cipFormat, cipFormat.maxLength());

        assertTrue(Pin.parse(pin.toCharArray()).matches(pin));
        assertEquals(pinLength, pin.length());
        assertFalse(SecretArbitraries.trivialDigitCodes(pinLength).contains(new String(pin.toCharArray())));
        assertTrue(Puk.parse(puk.toCharArray()).matches(puk));
        assertFalse(SecretArbitraries.trivialDigitCodes(8).contains(new String(puk.toCharArray())));
        assertTrue(Cip.parse(cip.toCharArray(), cipFormat).matches(cip));
        assertFalse(cip.hasTrivialPattern());
    }
}
