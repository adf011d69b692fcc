package io.tscns.core.personaldata;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Builds {@link PersonalData} from typed values, for the simulated card, the sandbox CMS and tests. Typed setters
 * write the text the card format uses (dates as {@code DDMMYYYY}, sex as {@code M}/{@code F}, codes as written);
 * {@link #value(PersonalDataField, String)} sets any field to any text, to build the odd content real cards may
 * carry. Fields not set stay empty. Obtain one from {@link PersonalData#builder()} or
 * {@link PersonalData#toBuilder()}.
 *
 * <p>Not thread-safe: use one builder per thread.
 *
 * @since 0.1.0
 */
public final class PersonalDataBuilder {

    private final List<String> values;

    PersonalDataBuilder() {
        this.values = new ArrayList<>(Collections.nCopies(PersonalData.FIELD_COUNT, ""));
    }

    PersonalDataBuilder(List<String> values) {
        this.values = new ArrayList<>(values);
    }

    /**
     * Sets a field to a text, exactly as it is to be stored.
     *
     * @param field the field
     * @param text  the text, empty for an empty field
     * @return this builder
     */
    public PersonalDataBuilder value(PersonalDataField field, String text) {
        values.set(field.ordinal(), Objects.requireNonNull(text, "text"));
        return this;
    }

    /**
     * Sets the issuer code (<i>codice emettitore</i>).
     *
     * @param issuerCode for example {@code 6090}
     * @return this builder
     */
    public PersonalDataBuilder issuerCode(String issuerCode) {
        return value(PersonalDataField.ISSUER_CODE, issuerCode);
    }

    /**
     * Sets the issue date (<i>data rilascio</i>).
     *
     * @param date a date with a four-digit year
     * @return this builder
     * @throws IllegalArgumentException if the year is outside 0–9999
     */
    public PersonalDataBuilder issueDate(LocalDate date) {
        return value(PersonalDataField.ISSUE_DATE, DdMmYyyy.format(date));
    }

    /**
     * Sets the expiry date (<i>data scadenza</i>).
     *
     * @param date a date with a four-digit year
     * @return this builder
     * @throws IllegalArgumentException if the year is outside 0–9999
     */
    public PersonalDataBuilder expiryDate(LocalDate date) {
        return value(PersonalDataField.EXPIRY_DATE, DdMmYyyy.format(date));
    }

    /**
     * Sets the surname (<i>cognome</i>), as given: cards store it in upper case.
     *
     * @param surname the surname
     * @return this builder
     */
    public PersonalDataBuilder surname(String surname) {
        return value(PersonalDataField.SURNAME, surname);
    }

    /**
     * Sets the given name(s) (<i>nome</i>), as given: cards store them in upper case.
     *
     * @param name the given name(s)
     * @return this builder
     */
    public PersonalDataBuilder name(String name) {
        return value(PersonalDataField.NAME, name);
    }

    /**
     * Sets the birth date (<i>data di nascita</i>).
     *
     * @param date a date with a four-digit year
     * @return this builder
     * @throws IllegalArgumentException if the year is outside 0–9999
     */
    public PersonalDataBuilder birthDate(LocalDate date) {
        return value(PersonalDataField.BIRTH_DATE, DdMmYyyy.format(date));
    }

    /**
     * Sets the sex (<i>sesso</i>).
     *
     * @param sex the sex
     * @return this builder
     */
    public PersonalDataBuilder sex(Sex sex) {
        return value(PersonalDataField.SEX, String.valueOf(sex.code()));
    }

    /**
     * Sets the height (<i>statura</i>); TS-CNS cards leave it empty and its format is not documented.
     *
     * @param height the text to store
     * @return this builder
     */
    public PersonalDataBuilder height(String height) {
        return value(PersonalDataField.HEIGHT, height);
    }

    /**
     * Sets the height (<i>statura</i>) in whole centimetres, as {@link TypedPersonalData#height()} reads it.
     *
     * @param centimetres 0 to 999
     * @return this builder
     * @throws IllegalArgumentException if the height does not have one to three digits
     */
    public PersonalDataBuilder height(int centimetres) {
        if (centimetres < 0 || centimetres > 999) {
            throw new IllegalArgumentException("a height has 1 to 3 digits, found " + centimetres);
        }
        return height(Integer.toString(centimetres));
    }

    /**
     * Sets the codice fiscale.
     *
     * @param code a personal or temporary code
     * @return this builder
     */
    public PersonalDataBuilder codiceFiscale(CodiceFiscale code) {
        return value(PersonalDataField.CODICE_FISCALE, code.value());
    }

    /**
     * Sets the citizenship (<i>cittadinanza</i>); its format is not documented.
     *
     * @param citizenship the text to store
     * @return this builder
     */
    public PersonalDataBuilder citizenship(String citizenship) {
        return value(PersonalDataField.CITIZENSHIP, citizenship);
    }

    /**
     * Sets the birth municipality (<i>comune di nascita</i>).
     *
     * @param code the municipality's cadastral code
     * @return this builder
     */
    public PersonalDataBuilder birthMunicipality(BirthPlaceCode code) {
        return value(PersonalDataField.BIRTH_MUNICIPALITY, code.value());
    }

    /**
     * Sets the birth country (<i>stato di nascita</i>) as a foreign-state cadastral code; see
     * {@link PersonalData#parsedBirthCountry()} for why this format is an inference.
     *
     * @param code the foreign state's {@code Z} code
     * @return this builder
     */
    public PersonalDataBuilder birthCountry(BirthPlaceCode code) {
        return value(PersonalDataField.BIRTH_COUNTRY, code.value());
    }

    /**
     * Sets the birth-act reference (<i>atto di nascita</i>); TS-CNS cards leave it empty.
     *
     * @param birthAct the text to store
     * @return this builder
     */
    public PersonalDataBuilder birthAct(String birthAct) {
        return value(PersonalDataField.BIRTH_ACT, birthAct);
    }

    /**
     * Sets the residence municipality (<i>comune di residenza</i>).
     *
     * @param code the municipality's cadastral code
     * @return this builder
     */
    public PersonalDataBuilder residenceMunicipality(BirthPlaceCode code) {
        return value(PersonalDataField.RESIDENCE_MUNICIPALITY, code.value());
    }

    /**
     * Sets the residence address (<i>indirizzo di residenza</i>); empty on the TS-CNS sample.
     *
     * @param address the text to store
     * @return this builder
     */
    public PersonalDataBuilder residenceAddress(String address) {
        return value(PersonalDataField.RESIDENCE_ADDRESS, address);
    }

    /**
     * Sets the expatriation note (<i>note espatrio</i>); empty on TS-CNS cards.
     *
     * @param note the text to store
     * @return this builder
     */
    public PersonalDataBuilder expatriationNote(String note) {
        return value(PersonalDataField.EXPATRIATION_NOTE, note);
    }

    /**
     * Sets the holder's identity consistently: surname, name, sex, birth date, birth place and the codice fiscale
     * {@linkplain CodiceFiscaleCalculator#compute computed} from them (the base code; set an omocodic variant
     * afterwards with {@link #codiceFiscale(CodiceFiscale)} if needed). An Italian municipality goes in the birth
     * municipality, a foreign state's {@code Z} code in the birth country (an inference: no card of a person born
     * abroad has been seen).
     *
     * @param surname    the surname, stored as given
     * @param name       the given name(s), stored as given
     * @param sex        the sex
     * @param birthDate  the birth date
     * @param birthPlace the municipality or foreign-state code
     * @return this builder
     * @throws io.tscns.core.person.InvalidCodiceFiscaleException if the surname or name has no letter
     */
    public PersonalDataBuilder holder(
            String surname, String name, Sex sex, LocalDate birthDate, BirthPlaceCode birthPlace) {
        codiceFiscale(CodiceFiscaleCalculator.compute(surname, name, sex, birthDate, birthPlace));
        surname(surname).name(name).sex(sex).birthDate(birthDate);
        return birthPlace.isForeignState() ? birthCountry(birthPlace) : birthMunicipality(birthPlace);
    }

    /**
     * Builds the personal data.
     *
     * @return the personal data
     * @throws InvalidPersonalDataException listing every field that is too long or holds a non-ASCII character
     */
    public PersonalData build() {
        return PersonalData.ofValues(values);
    }
}
