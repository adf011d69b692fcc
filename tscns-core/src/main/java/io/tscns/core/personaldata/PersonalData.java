package io.tscns.core.personaldata;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sixteen fields of {@code EF.Dati_personali} (<i>dati personali</i> of the card holder), in file order
 * ({@code docs/card.md §2.1}).
 *
 * <p>Every component is the field's text <strong>exactly as stored</strong>: any ASCII text of up to
 * {@value #MAX_VALUE_LENGTH} characters, the empty string for an empty field. Nothing is trimmed, case-folded or
 * validated beyond that, so whatever a card holds round-trips byte for byte. {@link #typed()} gives every field as
 * its type (dates, sex, height, codice fiscale, municipalities), with empty fields as empty {@code Optional}s and
 * warnings for what does not add up; the {@code parsed…} methods give single typed values.
 *
 * <p>Who uses it: card readers (through {@link PersonalDataCodec#decode(byte[])}), the simulated card and the
 * sandbox CMS (through {@link #builder()} and {@link PersonalDataCodec#encode(PersonalData, int)}).
 *
 * <p>Instances are immutable and thread-safe. {@code toString} shows the personal data: do not log it where
 * personal data may not go.
 *
 * @param issuerCode            <i>codice emettitore</i>, e.g. {@code 6090}
 * @param issueDate             <i>data rilascio</i>, {@code DDMMYYYY}
 * @param expiryDate            <i>data scadenza</i>, {@code DDMMYYYY}
 * @param surname               <i>cognome</i>
 * @param name                  <i>nome</i>
 * @param birthDate             <i>data di nascita</i>, {@code DDMMYYYY}
 * @param sex                   <i>sesso</i>, {@code M} or {@code F}
 * @param height                <i>statura</i>, empty on TS-CNS cards
 * @param codiceFiscale         <i>codice fiscale</i>
 * @param citizenship           <i>cittadinanza</i>
 * @param birthMunicipality     <i>comune di nascita</i>, a cadastral code such as {@code H501}
 * @param birthCountry          <i>stato di nascita</i>
 * @param birthAct              <i>atto di nascita</i>
 * @param residenceMunicipality <i>comune di residenza</i>, a cadastral code
 * @param residenceAddress      <i>indirizzo di residenza</i>
 * @param expatriationNote      <i>note espatrio</i>
 * @since 0.1.0
 */
public record PersonalData(
        String issuerCode,
        String issueDate,
        String expiryDate,
        String surname,
        String name,
        String birthDate,
        String sex,
        String height,
        String codiceFiscale,
        String citizenship,
        String birthMunicipality,
        String birthCountry,
        String birthAct,
        String residenceMunicipality,
        String residenceAddress,
        String expatriationNote) {

    /** The longest value a field can hold: its length is two hexadecimal digits. */
    public static final int MAX_VALUE_LENGTH = 0xFF;

    /** The number of fields. */
    public static final int FIELD_COUNT = 16;

    /**
     * Checks that every value is ASCII and fits its two-digit length.
     *
     * @throws InvalidPersonalDataException listing every field that is too long or holds a non-ASCII character
     * @throws NullPointerException         if a value is {@code null} (use the empty string for an empty field)
     */
    public PersonalData {
        String[] values = {
            issuerCode,
            issueDate,
            expiryDate,
            surname,
            name,
            birthDate,
            sex,
            height,
            codiceFiscale,
            citizenship,
            birthMunicipality,
            birthCountry,
            birthAct,
            residenceMunicipality,
            residenceAddress,
            expatriationNote
        };
        List<PersonalDataProblem> problems = new ArrayList<>();
        for (PersonalDataField field : PersonalDataField.values()) {
            String value = Objects.requireNonNull(values[field.ordinal()], field.name());
            problemOf(field, value).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPersonalDataException(problems);
        }
    }

    private static Optional<PersonalDataProblem> problemOf(PersonalDataField field, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of(new PersonalDataProblem.ValueTooLong(field, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7F) {
                return Optional.of(new PersonalDataProblem.NonAsciiCharacter(field, i, c));
            }
        }
        return Optional.empty();
    }

    /**
     * Builds personal data from the sixteen values in file order.
     *
     * @param values sixteen values
     * @return the personal data
     * @throws InvalidPersonalDataException if a value is too long or not ASCII
     */
    static PersonalData ofValues(List<String> values) {
        if (values.size() != FIELD_COUNT) {
            throw new IllegalArgumentException("expected " + FIELD_COUNT + " values, found " + values.size());
        }
        return new PersonalData(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5),
                values.get(6),
                values.get(7),
                values.get(8),
                values.get(9),
                values.get(10),
                values.get(11),
                values.get(12),
                values.get(13),
                values.get(14),
                values.get(15));
    }

    /**
     * Returns a builder with every field empty.
     *
     * @return a new builder
     */
    public static PersonalDataBuilder builder() {
        return new PersonalDataBuilder();
    }

    /**
     * Returns a builder holding this data's values, to derive changed data from it.
     *
     * @return a new builder
     */
    public PersonalDataBuilder toBuilder() {
        return new PersonalDataBuilder(values());
    }

    /**
     * Returns the sixteen values in file order.
     *
     * @return an unmodifiable list of sixteen strings
     */
    public List<String> values() {
        return List.of(
                issuerCode,
                issueDate,
                expiryDate,
                surname,
                name,
                birthDate,
                sex,
                height,
                codiceFiscale,
                citizenship,
                birthMunicipality,
                birthCountry,
                birthAct,
                residenceMunicipality,
                residenceAddress,
                expatriationNote);
    }

    /**
     * Returns the stored text of one field.
     *
     * @param field the field
     * @return its text, possibly empty
     */
    public String value(PersonalDataField field) {
        return values().get(field.ordinal());
    }

    /**
     * Returns the issue date, if the stored text is a valid {@code DDMMYYYY} date.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> parsedIssueDate() {
        return DdMmYyyy.parse(issueDate);
    }

    /**
     * Returns the expiry date, if the stored text is a valid {@code DDMMYYYY} date.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> parsedExpiryDate() {
        return DdMmYyyy.parse(expiryDate);
    }

    /**
     * Returns the birth date, if the stored text is a valid {@code DDMMYYYY} date.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> parsedBirthDate() {
        return DdMmYyyy.parse(birthDate);
    }

    /**
     * Returns the sex, if the stored text is exactly {@code M} or {@code F}.
     *
     * @return the sex, or empty
     */
    public Optional<Sex> parsedSex() {
        if (sex.length() != 1 || (sex.charAt(0) != 'M' && sex.charAt(0) != 'F')) {
            return Optional.empty();
        }
        return Optional.of(Sex.fromCode(sex.charAt(0)));
    }

    /**
     * Returns the codice fiscale, if the stored text is a valid one of either kind written exactly as the code
     * (upper case, no surrounding spaces).
     *
     * @return the code, or empty
     */
    public Optional<CodiceFiscale> parsedCodiceFiscale() {
        try {
            CodiceFiscale code = CodiceFiscale.parse(codiceFiscale);
            return code.value().equals(codiceFiscale) ? Optional.of(code) : Optional.empty();
        } catch (InvalidCodiceFiscaleException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the birth municipality's cadastral code, if the stored text is one.
     *
     * @return the code, or empty
     */
    public Optional<BirthPlaceCode> parsedBirthMunicipality() {
        return placeCode(birthMunicipality);
    }

    /**
     * Returns the birth country as a foreign-state cadastral code ({@code Z} + three digits), if the stored text is
     * a cadastral code. The format of this field has not been seen on a card (it was empty in the sample of
     * {@code docs/card.md §2.1}); reading it as a cadastral code is an inference from the codice fiscale rules.
     *
     * @return the code, or empty
     */
    public Optional<BirthPlaceCode> parsedBirthCountry() {
        return placeCode(birthCountry);
    }

    /**
     * Returns the residence municipality's cadastral code, if the stored text is one.
     *
     * @return the code, or empty
     */
    public Optional<BirthPlaceCode> parsedResidenceMunicipality() {
        return placeCode(residenceMunicipality);
    }

    private static Optional<BirthPlaceCode> placeCode(String text) {
        return BirthPlaceCode.isWellFormed(text) ? Optional.of(new BirthPlaceCode(text)) : Optional.empty();
    }

    /**
     * Returns the typed view of these fields: dates, sex, height, codice fiscale and municipalities as their types,
     * empty fields as empty {@code Optional}s, and the {@linkplain TypedPersonalData#warnings() warnings}.
     *
     * @return the view; its {@link TypedPersonalData#stored()} is this data
     */
    public TypedPersonalData typed() {
        return new TypedPersonalData(this);
    }

    /**
     * Checks the fields and their agreement: dates, sex, height, codice fiscale and municipalities that are present
     * but do not have their format (a date that names no calendar day has its own warning); an expiry not after the
     * issue; a birth date after the issue or more than {@value TypedPersonalData#MAX_AGE_YEARS} years before it; a
     * personal codice fiscale that disagrees with the surname, name, birth date, sex or birth place. Empty fields
     * are not checked. A temporary (numeric) codice fiscale encodes nothing to compare.
     *
     * @return the warnings (unreadable values in field order, then the expiry, the birth date and the codice
     *         fiscale comparisons), empty when everything adds up; the same as {@code typed().warnings()}
     */
    public List<ConsistencyWarning> consistencyWarnings() {
        return typed().warnings();
    }
}
