package io.tscns.core.personaldata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.person.TemporaryCodiceFiscale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.Dates;

/**
 * The typed view against the stored text, on data that mixes what cards hold (valid dates, codes, heights) with
 * what they might (eight digits that are no date, arbitrary ASCII, empty fields). The oracles are independent of the
 * code under test: {@code java.time}'s strict {@code ddMMuuuu} parser for dates, the character rules for sex,
 * height and cadastral codes, and {@link CodiceFiscale#isValid(String)}.
 */
class TypedPersonalDataProperties {

    private static final DateTimeFormatter DDMMYYYY =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    @Property
    void everyFileRoundTripsByteForByteAndKeepsItsTypedView(@ForAll("files") PersonalDataFile file) {
        byte[] bytes = file.encode();
        PersonalDataFile decoded = PersonalDataCodec.decode(bytes);

        assertArrayEquals(bytes, decoded.encode());
        assertEquals(file.data(), decoded.data());
        assertEquals(file.data().typed(), decoded.data().typed());
        assertEquals(file.data(), decoded.data().typed().stored());
        assertEquals(
                decoded.data().consistencyWarnings(), decoded.data().typed().warnings());
    }

    @Property
    void theTypedViewMatchesTheFields(@ForAll("personalData") PersonalData data) {
        TypedPersonalData typed = data.typed();

        assertDate(data, PersonalDataField.ISSUE_DATE, typed.issueDate(), typed);
        assertDate(data, PersonalDataField.EXPIRY_DATE, typed.expiryDate(), typed);
        assertDate(data, PersonalDataField.BIRTH_DATE, typed.birthDate(), typed);
        assertTyped(
                data,
                PersonalDataField.SEX,
                typed.sex().map(sex -> String.valueOf(sex.code())),
                typed,
                text -> text.equals("M") || text.equals("F"));
        OptionalInt height = typed.height();
        assertTyped(
                data,
                PersonalDataField.HEIGHT,
                height.isPresent() ? Optional.of(height.getAsInt()) : Optional.empty(),
                typed,
                text -> text.matches("[0-9]{1,3}"));
        height.ifPresent(cm -> assertEquals(Integer.parseInt(data.height()), cm));
        assertTyped(
                data,
                PersonalDataField.CODICE_FISCALE,
                typed.codiceFiscale().map(CodiceFiscale::value),
                typed,
                text -> CodiceFiscale.isValid(text)
                        && CodiceFiscale.parse(text).value().equals(text));
        assertTyped(
                data,
                PersonalDataField.BIRTH_MUNICIPALITY,
                typed.birthMunicipality().map(BirthPlaceCode::value),
                typed,
                text -> text.matches("[A-Z][0-9]{3}"));
        assertTyped(
                data,
                PersonalDataField.RESIDENCE_MUNICIPALITY,
                typed.residenceMunicipality().map(BirthPlaceCode::value),
                typed,
                text -> text.matches("[A-Z][0-9]{3}"));
        for (PersonalDataField field : List.of(
                PersonalDataField.ISSUER_CODE,
                PersonalDataField.SURNAME,
                PersonalDataField.NAME,
                PersonalDataField.CITIZENSHIP,
                PersonalDataField.BIRTH_COUNTRY,
                PersonalDataField.BIRTH_ACT,
                PersonalDataField.RESIDENCE_ADDRESS,
                PersonalDataField.EXPATRIATION_NOTE)) {
            assertEquals(
                    data.value(field).isEmpty() ? Optional.empty() : Optional.of(data.value(field)),
                    typed.text(field),
                    field.name());
        }
        assertEquals(Optional.ofNullable(data.surname().isEmpty() ? null : data.surname()), typed.surname());
        assertEquals(typed.text(PersonalDataField.BIRTH_COUNTRY), typed.birthCountry());
        Statistics.label("warnings").collect(typed.warnings().isEmpty() ? "none" : "some");
        Statistics.label("impossible date")
                .collect(typed.warnings().stream().anyMatch(w -> w instanceof ConsistencyWarning.ImpossibleDate));
    }

    /** A date field: typed iff strict java.time reads the text; eight digits it refuses give ImpossibleDate. */
    private static void assertDate(
            PersonalData data, PersonalDataField field, Optional<LocalDate> value, TypedPersonalData typed) {
        String text = data.value(field);
        Optional<LocalDate> oracle;
        try {
            oracle = text.matches("[0-9]{8}") ? Optional.of(LocalDate.parse(text, DDMMYYYY)) : Optional.empty();
        } catch (DateTimeParseException e) {
            oracle = Optional.empty();
        }
        assertEquals(oracle, value, field.name());
        List<ConsistencyWarning> about = formatWarnings(typed, field);
        if (text.isEmpty() || oracle.isPresent()) {
            assertEquals(List.of(), about, field.name());
        } else if (text.matches("[0-9]{8}")) {
            assertEquals(
                    List.of(new ConsistencyWarning.ImpossibleDate(
                            field,
                            Integer.parseInt(text.substring(0, 2)),
                            Integer.parseInt(text.substring(2, 4)),
                            Integer.parseInt(text.substring(4)))),
                    about);
        } else {
            assertEquals(List.of(new ConsistencyWarning.UnreadableValue(field, "a date DDMMYYYY")), about);
        }
        value.ifPresent(date -> assertEquals(text, date.format(DDMMYYYY)));
    }

    /** Any other typed field: present iff the oracle accepts the text, and then equal to it; else one warning. */
    private static <T> void assertTyped(
            PersonalData data,
            PersonalDataField field,
            Optional<T> value,
            TypedPersonalData typed,
            java.util.function.Predicate<String> oracle) {
        String text = data.value(field);
        boolean readable = !text.isEmpty() && oracle.test(text);
        assertEquals(readable, value.isPresent(), field.name());
        value.filter(v -> v instanceof String).ifPresent(v -> assertEquals(text, v, field.name()));
        assertEquals(
                text.isEmpty() || readable ? 0 : 1, formatWarnings(typed, field).size(), field.name());
    }

    private static List<ConsistencyWarning> formatWarnings(TypedPersonalData typed, PersonalDataField field) {
        List<ConsistencyWarning> found = new ArrayList<>();
        for (ConsistencyWarning warning : typed.warnings()) {
            if (warning instanceof ConsistencyWarning.UnreadableValue unreadable && unreadable.field() == field
                    || warning instanceof ConsistencyWarning.ImpossibleDate impossible && impossible.field() == field) {
                found.add(warning);
            }
        }
        return found;
    }

    @Provide
    Arbitrary<PersonalDataFile> files() {
        return Combinators.combine(
                        personalData(),
                        Arbitraries.of(HeaderConvention.class),
                        Arbitraries.of(Padding.class),
                        Arbitraries.integers().between(0, 300))
                .as((data, convention, padding, extra) ->
                        PersonalDataFile.of(data, convention, padding, PersonalDataFile.textLengthOf(data) + extra));
    }

    /** Each field drawn from what cards hold, what they might hold, or nothing. */
    @Provide
    Arbitrary<PersonalData> personalData() {
        Arbitrary<String> date = Arbitraries.oneOf(
                validDates(), Arbitraries.strings().numeric().ofLength(8), anyText(), Arbitraries.just(""));
        Arbitrary<String> sex = Arbitraries.oneOf(Arbitraries.of("M", "F", "m", "X", "MF", ""), anyText());
        Arbitrary<String> height = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4), anyText(), Arbitraries.just(""));
        Arbitrary<String> code = Arbitraries.oneOf(codiciFiscali(), anyText(), Arbitraries.just(""));
        Arbitrary<String> place = Arbitraries.oneOf(places(), anyText(), Arbitraries.just(""));
        Arbitrary<String> text = Arbitraries.oneOf(anyText(), Arbitraries.just(""));
        List<Arbitrary<String>> fields = List.of(
                text,
                date,
                date,
                text,
                text,
                date,
                sex,
                height,
                code,
                text,
                place,
                Arbitraries.oneOf(places(), text),
                text,
                place,
                text,
                text);
        return Combinators.combine(fields).as(PersonalData::ofValues);
    }

    private static Arbitrary<String> anyText() {
        return Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(20);
    }

    private static Arbitrary<String> validDates() {
        return Dates.dates()
                .between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
                .map(date -> date.format(DDMMYYYY));
    }

    private static Arbitrary<String> places() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.integers().between(0, 999))
                .as((letter, n) -> letter + String.format("%03d", n));
    }

    private static Arbitrary<String> codiciFiscali() {
        Arbitrary<String> personal = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(5),
                        Arbitraries.of(Sex.class),
                        Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31)),
                        places().map(BirthPlaceCode::new),
                        Arbitraries.integers().between(0, 7))
                .as((letters, sex, birth, place, level) -> CodiceFiscaleCalculator.compute(
                                letters, letters, sex, birth, place)
                        .omocode(level)
                        .value());
        Arbitrary<String> temporary = Arbitraries.strings()
                .numeric()
                .ofLength(10)
                .map(digits -> TemporaryCodiceFiscale.withCheckDigit(digits).value());
        return Arbitraries.frequencyOf(
                Tuple.of(4, personal), Tuple.of(1, temporary), Tuple.of(1, personal.map(String::toLowerCase)));
    }
}
