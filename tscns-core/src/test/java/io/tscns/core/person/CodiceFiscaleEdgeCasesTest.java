package io.tscns.core.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves exact edge behaviour of the codice fiscale types: the century search goes back two whole centuries, the
 * text forms of valid codes (which are not secrets: {@code value()} returns the same text), the position reported
 * for a bad digit, the first character of a birth-place code, and how a rejected character is printed at the edges
 * of printable ASCII.
 */
class CodiceFiscaleEdgeCasesTest {

    @Test
    void aTwentyNinthOfFebruaryInYearZeroIsSearchedTwoCenturiesBack() {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(
                "Rossi", "Maria", Sex.FEMALE, LocalDate.of(2000, 2, 29), new BirthPlaceCode("H501"));
        // 2200 and 2100 are not leap years, so the latest 29 February of a year ending in 00 is in 2000.
        assertEquals(LocalDate.of(2000, 2, 29), cf.birthDate(LocalDate.of(2200, 1, 1)));
        assertEquals(LocalDate.of(2000, 2, 29), cf.birthDate(LocalDate.of(2299, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> cf.birthDate(LocalDate.of(2000, 2, 28)));
    }

    @Test
    void validCodesPrintAsTheirValue() {
        PersonalCodiceFiscale personal = PersonalCodiceFiscale.parse("RSSMRA80A01H501U");
        assertEquals("RSSMRA80A01H501U", personal.toString());
        assertEquals(
                "12345678903",
                TemporaryCodiceFiscale.withCheckDigit("1234567890").toString());
        assertEquals("Z404", new BirthPlaceCode("Z404").toString());
    }

    @Test
    void aNonDigitGivenForTheTemporaryCodeIsReportedAtItsOneBasedPosition() {
        var e = assertThrows(
                InvalidCodiceFiscaleException.class, () -> TemporaryCodiceFiscale.withCheckDigit("12345x7890"));
        assertEquals(new CodiceFiscaleProblem.BadCharacter(6, 'x', "a digit"), e.problem());
    }

    @ParameterizedTest
    @CsvSource({"A000, true", "Z999, true", "@501, false", "[501, false", "h501, false", "1501, false"})
    void aBirthPlaceCodeStartsWithAnUpperCaseLetterAToZ(String code, boolean wellFormed) {
        assertEquals(wellFormed, BirthPlaceCode.isWellFormed(code));
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "31, \\u001F", // unit separator: the last control below space
                "32, ' '", // space: the first printable character
                "126, '~'", // the last printable ASCII character
                "127, \\u007F", // DEL
                "233, \\u00E9", // outside ASCII
            })
    void aRejectedCharacterIsPrintedAsItselfOnlyWhenItIsPrintableAscii(int code, String printed) {
        String quoted = printed.startsWith("'") ? printed : "'" + printed + "'";
        assertEquals(
                "codice fiscale character at position 3 is " + quoted + "; expected a letter A-Z",
                new CodiceFiscaleProblem.BadCharacter(3, (char) code, "a letter A-Z").describe());
    }
}
