package io.tscns.core.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.GeneratorCoverage;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.Dates;

class CodiceFiscaleProperties {

    record Person(String surname, String name, Sex sex, LocalDate birthDate, BirthPlaceCode place) {
        PersonalCodiceFiscale code() {
            return CodiceFiscaleCalculator.compute(surname, name, sex, birthDate, place);
        }
    }

    @Provide
    Arbitrary<Person> persons() {
        Arbitrary<String> names = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZàèéìòù' -")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> s.chars().anyMatch(Character::isLetter));
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
        Arbitrary<BirthPlaceCode> places = Combinators.combine(
                        Arbitraries.of('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'Z'),
                        Arbitraries.integers().between(0, 999))
                .as((letter, n) -> new BirthPlaceCode(letter + String.format("%03d", n)));
        return Combinators.combine(names, names, Arbitraries.of(Sex.class), dates, places)
                .as(Person::new);
    }

    @Property
    void computedCodesParseAndDecodeBackToTheirInputs(@ForAll("persons") Person person) {
        PersonalCodiceFiscale code = person.code();
        assertEquals(code, CodiceFiscale.parse(code.value()));
        assertEquals(person.sex(), code.sex());
        assertEquals(person.place(), code.birthPlace());
        assertTrue(code.matchesBirthDate(person.birthDate()));
        assertEquals(person.birthDate(), code.birthDate(person.birthDate()));
        assertEquals(0, code.omocodeLevel());
    }

    @Property
    void everyOmocodicVariantIsAcceptedAndNormalisedToTheBase(
            @ForAll("persons") Person person, @ForAll @IntRange(min = 1, max = 127) int positionMask) {
        PersonalCodiceFiscale base = person.code();
        StringBuilder sb = new StringBuilder(base.value());
        for (int bit = 0; bit < PersonalCodiceFiscale.OMOCODE_POSITIONS.length; bit++) {
            if ((positionMask & (1 << bit)) != 0) {
                int position = PersonalCodiceFiscale.OMOCODE_POSITIONS[bit];
                sb.setCharAt(position, PersonalCodiceFiscale.OMOCODE_LETTERS.charAt(sb.charAt(position) - '0'));
            }
        }
        sb.setCharAt(15, PersonalCodiceFiscale.checkCharacter(sb));

        PersonalCodiceFiscale variant = PersonalCodiceFiscale.parse(sb.toString());
        assertEquals(Integer.bitCount(positionMask), variant.omocodeLevel());
        assertEquals(base, variant.baseCode());
        assertTrue(variant.sameBaseAs(base));
        assertEquals(base.sex(), variant.sex());
        assertEquals(base.birthPlace(), variant.birthPlace());
        assertEquals(person.birthDate(), variant.birthDate(person.birthDate()));
    }

    @Property
    void officialVariantsAllShareTheBase(@ForAll("persons") Person person) {
        PersonalCodiceFiscale base = person.code();
        var variants = base.omocodeVariants();
        assertEquals(7, variants.size());
        for (int level = 1; level <= 7; level++) {
            PersonalCodiceFiscale variant = variants.get(level - 1);
            assertEquals(level, variant.omocodeLevel());
            assertEquals(base, variant.baseCode());
            assertEquals(variant, variants.get(6).omocode(level));
        }
    }

    @Property
    void anySingleCharacterChangeIsDetected(
            @ForAll("persons") Person person,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll char replacement) {
        String value = person.code().value();
        if (Character.toUpperCase(replacement) == value.charAt(position)) {
            return;
        }
        String changed = value.substring(0, position) + replacement + value.substring(position + 1);
        assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse(changed));
    }

    /** A text to parse and, where the generator knows it, the code it must give (empty: must be refused). */
    record Text(String text, Optional<Optional<String>> expected) {}

    @Property
    void arbitraryTextIsParsedExactlyOrFailsOnlyWithTheTypedException(@ForAll("codeLikeText") Text input) {
        String text = input.text();
        try {
            CodiceFiscale parsed = CodiceFiscale.parse(text);
            // Accepted: the value is the input without surrounding space, in upper case, and reads back as itself.
            assertEquals(text.strip().toUpperCase(java.util.Locale.ROOT), parsed.value());
            assertEquals(parsed, CodiceFiscale.parse(parsed.value()));
            input.expected().ifPresent(expected -> assertEquals(expected, Optional.of(parsed.value())));
            Statistics.label("outcome").collect("accepted");
        } catch (InvalidCodiceFiscaleException expected) {
            assertFalse(expected.getMessage().isBlank());
            input.expected().ifPresent(e -> assertEquals(Optional.empty(), e, expected.getMessage()));
            Statistics.label("outcome").collect("refused");
        }
        Statistics.label("outcome").coverage(checker -> {
            checker.check("accepted").count(GeneratorCoverage.atLeastPercent(15));
            checker.check("refused").count(GeneratorCoverage.atLeastPercent(15));
        });
    }

    @Provide
    Arbitrary<Text> codeLikeText() {
        Arbitrary<Text> anything = Arbitraries.strings().ofMaxLength(40).map(t -> new Text(t, Optional.empty()));
        Arbitrary<Text> sixteen = Arbitraries.strings()
                .withChars("ABCDEHLMNPQRSTUVXZ0123456789a \u00e0")
                .ofLength(16)
                .map(t -> new Text(t, Optional.empty()));
        Arbitrary<Text> eleven = Arbitraries.strings().numeric().ofLength(11).map(t -> new Text(t, Optional.empty()));
        Arbitrary<PersonalCodiceFiscale> valid = Combinators.combine(
                        persons(), Arbitraries.integers().between(0, 7))
                .as((person, level) -> person.code().omocode(level));
        Arbitrary<Text> validAsWritten = Combinators.combine(
                        valid, Arbitraries.of("", " ", "\t"), Arbitraries.of(true, false))
                .as((code, space, lower) -> new Text(
                        space + (lower ? code.value().toLowerCase(java.util.Locale.ROOT) : code.value()) + space,
                        Optional.of(Optional.of(code.value()))));
        Arbitrary<Text> wrongCheck = Combinators.combine(
                        valid, Arbitraries.integers().between(1, 25))
                .as((code, shift) -> {
                    char check = (char) ('A' + (code.value().charAt(15) - 'A' + shift) % 26);
                    return new Text(code.value().substring(0, 15) + check, Optional.of(Optional.empty()));
                });
        Arbitrary<Text> temporary = tenDigits()
                .map(TemporaryCodiceFiscale::withCheckDigit)
                .map(code -> new Text(code.value(), Optional.of(Optional.of(code.value()))));
        return Arbitraries.oneOf(anything, sixteen, eleven, validAsWritten, wrongCheck, temporary);
    }

    @Property
    void temporaryCodesRoundTrip(@ForAll("tenDigits") String tenDigits) {
        TemporaryCodiceFiscale code = TemporaryCodiceFiscale.withCheckDigit(tenDigits);
        assertEquals(code, CodiceFiscale.parse(code.value()));
        char wrong = (char) ('0' + (code.value().charAt(10) - '0' + 1) % 10);
        assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse(tenDigits + wrong));
    }

    @Provide
    Arbitrary<String> tenDigits() {
        return Arbitraries.strings().numeric().ofLength(10);
    }
}
