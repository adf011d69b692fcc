package io.tscns.core.person;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodiceFiscaleProperties {

    record Person(String surname, String name, Sex sex, LocalDate birthDate, BirthPlaceCode place) {
        PersonalCodiceFiscale code() {
            return CodiceFiscaleCalculator.compute(surname, name, sex, birthDate, place);
        }
    }

    @Provide
    Arbitrary<Person> persons() {
        Arbitrary<String> names = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZàèéìòù' -")
                .ofMinLength(1).ofMaxLength(20)
                .filter(s -> s.chars().anyMatch(Character::isLetter));
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
        Arbitrary<BirthPlaceCode> places = Combinators.combine(
                        Arbitraries.of('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'Z'),
                        Arbitraries.integers().between(0, 999))
                .as((letter, n) -> new BirthPlaceCode(letter + String.format("%03d", n)));
        return Combinators.combine(names, names, Arbitraries.of(Sex.class), dates, places).as(Person::new);
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
    void anySingleCharacterChangeIsDetected(@ForAll("persons") Person person,
                                            @ForAll @IntRange(min = 0, max = 14) int position,
                                            @ForAll char replacement) {
        String value = person.code().value();
        if (Character.toUpperCase(replacement) == value.charAt(position)) {
            return;
        }
        String changed = value.substring(0, position) + replacement + value.substring(position + 1);
        assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse(changed));
    }

    @Property
    void arbitraryTextFailsOnlyWithTheTypedException(@ForAll("codeLikeText") String text) {
        try {
            CodiceFiscale parsed = CodiceFiscale.parse(text);
            assertEquals(parsed, CodiceFiscale.parse(parsed.value()));
        } catch (InvalidCodiceFiscaleException expected) {
            assertTrue(!expected.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> codeLikeText() {
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> sixteen = Arbitraries.strings().withChars("ABCDEHLMNPQRSTUVXZ0123456789a \u00e0")
                .ofLength(16);
        Arbitrary<String> eleven = Arbitraries.strings().numeric().ofLength(11);
        return Arbitraries.oneOf(anything, sixteen, eleven);
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
