package io.tscns.core.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodiceFiscaleTest {

    @Test
    void referenceVectorsFromTheCardReferenceAreValid() {
        // docs/card.md §7.2: both check characters verified numerically there.
        assertEquals('N', PersonalCodiceFiscale.checkCharacter("RSSMRA45D25F205"));
        assertEquals('U', PersonalCodiceFiscale.checkCharacter("RSSMRA80A01H501"));
        PersonalCodiceFiscale cf = PersonalCodiceFiscale.parse("RSSMRA80A01H501U");
        assertEquals("RSS", cf.surnameCode());
        assertEquals("MRA", cf.nameCode());
        assertEquals(Sex.MALE, cf.sex());
        assertEquals(LocalDate.of(1980, 1, 1), cf.birthDate(LocalDate.of(2026, 11, 22)));
        assertEquals(new BirthPlaceCode("H501"), cf.birthPlace());
        assertFalse(cf.birthPlace().isForeignState());
    }

    @Test
    void computesTheWorkedExample() {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(
                "Rossi", "Mario", Sex.MALE, LocalDate.of(1980, 1, 1), new BirthPlaceCode("H501"));
        assertEquals("RSSMRA80A01H501U", cf.value());
    }

    @ParameterizedTest
    @CsvSource({
        "ROSSI, RSS", // three consonants
        "FO, FOX", // one consonant, one vowel, padded
        "D'ANGELO, DNG", // apostrophe ignored
        "DE LUCA, DLC", // space ignored
        "NIÑO, NNI", // accents removed: N, N, then vowels I, O
        "AIELLO, LLA", // vowels after consonants
        "EO, EOX", // vowels only
    })
    void surnameRule(String surname, String expected) {
        assertEquals(expected, CodiceFiscaleCalculator.surnameCode(surname));
    }

    @ParameterizedTest
    @CsvSource({
        "GIANFRANCO, GFR", // four or more consonants: 1st, 3rd, 4th
        "MARIO, MRA", // fewer than four: surname rule
        "LUCA, LCU",
        "ANNA, NNA",
        "BO, BOX",
        "MARIA LUISA, MLS", // consonants M R L S: 1st, 3rd, 4th
    })
    void nameRule(String name, String expected) {
        assertEquals(expected, CodiceFiscaleCalculator.nameCode(name));
    }

    @Test
    void womenHaveFortyAddedToTheDay() {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(
                "Bianchi", "Anna", Sex.FEMALE, LocalDate.of(2001, 12, 31), new BirthPlaceCode("Z404"));
        assertEquals("BNCNNA01T71Z404", cf.value().substring(0, 15));
        assertEquals(Sex.FEMALE, cf.sex());
        assertEquals(31, cf.birthDayOfMonth());
        assertEquals(Month.DECEMBER, cf.birthMonth());
        assertTrue(cf.birthPlace().isForeignState());
    }

    @Test
    void firstOmocodeMatchesTheReference() {
        // docs/card.md §7.2: RSSMRA80A01H501U -> first omocode RSSMRA80A01H50M + M.
        PersonalCodiceFiscale base = PersonalCodiceFiscale.parse("RSSMRA80A01H501U");
        PersonalCodiceFiscale first = base.omocode(1);
        assertEquals("RSSMRA80A01H50MM", first.value());
        assertEquals(1, first.omocodeLevel());
        assertEquals(base, first.baseCode());
        assertEquals(LocalDate.of(1980, 1, 1), first.birthDate(LocalDate.of(2026, 1, 1)));
        assertEquals(new BirthPlaceCode("H501"), first.birthPlace());
        PersonalCodiceFiscale last = base.omocode(7);
        assertEquals("RSSMRAULALMHRLM", last.value().substring(0, 15));
        assertEquals(7, last.omocodeLevel());
        assertEquals(base, last.baseCode());
    }

    @Test
    void centuryIsResolvedAgainstTheReferenceDate() {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(
                "Verdi", "Luca", Sex.MALE, LocalDate.of(2020, 6, 15), new BirthPlaceCode("F205"));
        assertEquals(LocalDate.of(2020, 6, 15), cf.birthDate(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(1920, 6, 15), cf.birthDate(LocalDate.of(2020, 6, 14)));
        assertEquals(LocalDate.of(2020, 6, 15), cf.birthDate(LocalDate.of(2020, 6, 15)));
    }

    @Test
    void twentyNinthOfFebruaryResolvesOnlyToLeapYears() {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(
                "Verdi", "Luca", Sex.MALE, LocalDate.of(2000, 2, 29), new BirthPlaceCode("F205"));
        // Before 2000 the candidates are 1900 and 1800, neither a leap year: no date exists.
        assertThrows(IllegalArgumentException.class, () -> cf.birthDate(LocalDate.of(1950, 1, 1)));
        assertEquals(LocalDate.of(2000, 2, 29), cf.birthDate(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void errorsNameTheRuleThatFailed() {
        var length = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA80A01H501"));
        assertEquals(new CodiceFiscaleProblem.WrongLength(15), length.problem());
        assertTrue(length.getMessage().contains("15 characters"), length.getMessage());

        var clazz = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA8AA01H501U"));
        assertEquals(new CodiceFiscaleProblem.BadCharacter(8, 'A', "a digit or one of LMNPQRSTUV"), clazz.problem());
        assertTrue(clazz.getMessage().contains("position 8"), clazz.getMessage());

        var check = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA80A01H501X"));
        assertEquals(new CodiceFiscaleProblem.WrongCheckCharacter('U', 'X'), check.problem());
        assertTrue(check.getMessage().contains("expected 'U'"), check.getMessage());

        var month = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA80F01H501U"));
        assertEquals(new CodiceFiscaleProblem.UnknownMonthLetter('F'), month.problem());

        var day = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA80B30H501U"));
        assertEquals(new CodiceFiscaleProblem.ImpossibleDay(30, 2), day.problem());

        var noLetters =
                assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscaleCalculator.surnameCode("'- 42"));
        assertEquals(new CodiceFiscaleProblem.NoLetters("surname"), noLetters.problem());
    }

    @Test
    void parsingIsLenientOnCaseAndSurroundingSpaceOnly() {
        assertEquals(
                "RSSMRA80A01H501U", CodiceFiscale.parse("  rssmra80a01h501u\n").value());
        assertFalse(CodiceFiscale.isValid("RSSMRA80A01 H501U"));
        assertFalse(CodiceFiscale.isValid(null));
    }

    @Test
    void temporaryNumericCode() {
        // Worked by hand: 1+3+5+7+9 = 25 and doubled 2,4,6,8,0 -> 4+8+3+7+0 = 22; 47 -> check digit 3.
        CodiceFiscale cf = CodiceFiscale.parse("12345678903");
        TemporaryCodiceFiscale temporary = assertInstanceOf(TemporaryCodiceFiscale.class, cf);
        assertEquals("12345678903", temporary.value());
        assertEquals(temporary, TemporaryCodiceFiscale.withCheckDigit("1234567890"));
        var wrong = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("12345678904"));
        assertEquals(new CodiceFiscaleProblem.WrongCheckCharacter('3', '4'), wrong.problem());
        var letter = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("1234567890A"));
        assertEquals(new CodiceFiscaleProblem.BadCharacter(11, 'A', "a digit"), letter.problem());
    }

    @Test
    void twentyNinthOfFebruaryIsValidInALeapYearOnly() {
        // '96 is a leap year, '14 is not; the day field of a woman is the day plus 40.
        for (String dayField : List.of("29", "69")) {
            String leap = "RSSMRA96B" + dayField + "H501";
            PersonalCodiceFiscale valid =
                    PersonalCodiceFiscale.parse(leap + PersonalCodiceFiscale.checkCharacter(leap));
            assertEquals(LocalDate.of(1996, 2, 29), valid.birthDate(LocalDate.of(2026, 1, 1)));
            String common = "RSSMRA14B" + dayField + "H501";
            var e = assertThrows(
                    InvalidCodiceFiscaleException.class,
                    () -> PersonalCodiceFiscale.parse(common + PersonalCodiceFiscale.checkCharacter(common)));
            assertEquals(new CodiceFiscaleProblem.ImpossibleDay(Integer.parseInt(dayField), 2), e.problem());
        }
        String twentyEighth = "RSSMRA14B28H501";
        assertTrue(CodiceFiscale.isValid(twentyEighth + PersonalCodiceFiscale.checkCharacter(twentyEighth)));
    }

    @Test
    void omocodesAreRecognisedAndOnlyVariantsOfOneBaseShareIt() {
        PersonalCodiceFiscale base = PersonalCodiceFiscale.parse("RSSMRA80A01H501U");
        PersonalCodiceFiscale other = PersonalCodiceFiscale.parse("VRDGLI48P63G702J");
        assertFalse(base.isOmocode());
        assertEquals(0, base.omocodeLevel());
        assertTrue(base.omocode(1).isOmocode());
        assertTrue(base.omocode(7).sameBaseAs(base.omocode(3)));
        assertTrue(base.sameBaseAs(base));
        assertFalse(base.sameBaseAs(other));
        assertFalse(base.omocode(2).sameBaseAs(other.omocode(2)));
        assertFalse(other.sameBaseAs(base.omocode(5)));
    }

    @Test
    void theTemporaryCodeAcceptsDigitsOnly() {
        for (String tenDigits : List.of("123456789A", "12345/7890", "12345:7890", "\u0661234567890")) {
            var e = assertThrows(
                    InvalidCodiceFiscaleException.class,
                    () -> TemporaryCodiceFiscale.withCheckDigit(tenDigits),
                    tenDigits);
            assertInstanceOf(CodiceFiscaleProblem.BadCharacter.class, e.problem(), tenDigits);
        }
        var e = assertThrows(InvalidCodiceFiscaleException.class, () -> new TemporaryCodiceFiscale("1234:678903"));
        assertEquals(new CodiceFiscaleProblem.BadCharacter(5, ':', "a digit"), e.problem());
        var slash = assertThrows(InvalidCodiceFiscaleException.class, () -> new TemporaryCodiceFiscale("1234/678903"));
        assertEquals(new CodiceFiscaleProblem.BadCharacter(5, '/', "a digit"), slash.problem());
        var shortOne = assertThrows(
                InvalidCodiceFiscaleException.class, () -> TemporaryCodiceFiscale.withCheckDigit("123456789"));
        assertEquals(new CodiceFiscaleProblem.WrongLength(10), shortOne.problem());
    }

    @Test
    void messagesDoNotRepeatTheRejectedValue() {
        var e = assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA80A01H501X"));
        assertFalse(e.getMessage().contains("RSSMRA"), e.getMessage());
    }
}
