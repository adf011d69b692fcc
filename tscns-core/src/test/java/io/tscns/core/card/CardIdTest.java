package io.tscns.core.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardIdTest {

    // docs/card.md §3.1: the fictitious simulator example and its bytes.
    private static final byte[] EXAMPLE_FILE = {
        0x36, 0x31, 0x32, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30, 0x30, 0x30
    };

    @Test
    void readsTheReferenceFileAndWritesItBack() {
        CardId id = CardId.fromFile(EXAMPLE_FILE);
        assertEquals("6120123456789000", id.value());
        assertEquals(id, CardId.parse("6120123456789000"));
        assertArrayEquals(EXAMPLE_FILE, id.toFileBytes());
        assertEquals("6120123456789000", id.toString());
    }

    @Test
    void exposesTheInferredStructure() {
        CardId id = CardId.parse("6120123456789000");
        assertEquals("6120", id.inferredIssuerCode());
        assertEquals("120", id.inferredRegionCode());
        assertEquals("123456789", id.inferredSerial());
    }

    @Test
    void parseIgnoresSurroundingWhiteSpaceOnly() {
        assertEquals("6120123456789000", CardId.parse("  6120123456789000\n").value());
        var e = assertThrows(InvalidCardIdentifierException.class, () -> CardId.parse("6120 123456789000"));
        assertEquals(new CardIdentifierProblem.WrongLength(CardIdentifierKind.CARD_ID, 17), e.problem());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 400})
    void aFileOfAnyOtherSizeIsRejectedWithItsSize(int size) {
        byte[] file = new byte[size];
        java.util.Arrays.fill(file, (byte) '1');
        var e = assertThrows(InvalidCardIdentifierException.class, () -> CardId.fromFile(file));
        assertEquals(new CardIdentifierProblem.WrongLength(CardIdentifierKind.CARD_ID, size), e.problem());
        assertEquals("EF.ID_Carta must have 16 digits; found " + size, e.getMessage());
    }

    @Test
    void aByteThatIsNotAnAsciiDigitIsReportedWithPositionAndValue() {
        byte[] file = EXAMPLE_FILE.clone();
        file[4] = (byte) 0xB1; // a BCD-looking byte, as on applet cards that store the serial in binary
        var e = assertThrows(InvalidCardIdentifierException.class, () -> CardId.fromFile(file));
        assertEquals(new CardIdentifierProblem.NotADigit(CardIdentifierKind.CARD_ID, 5, 0xB1), e.problem());
        assertEquals("EF.ID_Carta character at position 5 is 0xB1; expected an ASCII digit 0-9", e.getMessage());

        file[4] = 'A';
        e = assertThrows(InvalidCardIdentifierException.class, () -> CardId.fromFile(file));
        assertEquals("EF.ID_Carta character at position 5 is 'A'; expected an ASCII digit 0-9", e.getMessage());
    }

    @Test
    void nonAsciiDigitsAreNotDigits() {
        // Arabic-Indic digit one: Character.isDigit says yes, the card format says no.
        var e = assertThrows(InvalidCardIdentifierException.class, () -> CardId.parse("612012345678900\u0661"));
        assertInstanceOf(CardIdentifierProblem.NotADigit.class, e.problem());
        assertEquals(16, ((CardIdentifierProblem.NotADigit) e.problem()).position());
    }

    @Test
    void theFileBytesAreACopy() {
        CardId id = CardId.fromFile(EXAMPLE_FILE);
        id.toFileBytes()[0] = '9';
        assertEquals('6', id.toFileBytes()[0]);
    }
}
