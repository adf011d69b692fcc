package io.tscns.core.personaldata;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The typed view of {@code EF.Dati_personali} (<i>dati personali</i>) for programs that use the holder's data rather
 * than store it: dates as {@link LocalDate}, the sex as {@link Sex}, the height as a number, the codice fiscale and
 * the municipalities as their types, and every empty field as an empty {@code Optional}. Get one from
 * {@link PersonalData#typed()}.
 *
 * <p>Nothing is lost: {@link #stored()} is the text exactly as the card holds it, which
 * {@link PersonalDataFile#encode()} writes back byte for byte. A field whose text does not have its format is empty
 * here and named by a {@link ConsistencyWarning} in {@link #warnings()}: {@link ConsistencyWarning.ImpossibleDate}
 * for eight digits that name no calendar day (31 February), {@link ConsistencyWarning.UnreadableValue} for anything
 * else. The same list holds the checks between fields (expiry after issue, a plausible birth date, the codice fiscale
 * against the names, birth date, sex and birth place). Reading never throws: cards carry what the issuer wrote.
 *
 * <p>Fields whose format no public source gives (citizenship, birth country, birth act, address, expatriation note,
 * issuer code) are text. The height is read as whole centimetres, one to three digits: TS-CNS cards leave it
 * empty, and the unit is an inference ({@code docs/card.md §2.1}).
 *
 * <p>Immutable and thread-safe; two views are equal when their stored text is. {@code toString} shows the personal
 * data: do not log it where personal data may not go.
 *
 * @since 0.1.0
 */
public final class TypedPersonalData {

    /** The oldest age on the issue date that the birth-date check accepts as plausible. */
    public static final int MAX_AGE_YEARS = 130;

    /** The most digits a height may have. */
    public static final int MAX_HEIGHT_DIGITS = 3;

    private static final String DATE_FORMAT = "a date DDMMYYYY";

    private final PersonalData stored;
    private final Optional<LocalDate> issueDate;
    private final Optional<LocalDate> expiryDate;
    private final Optional<LocalDate> birthDate;
    private final Optional<Sex> sex;
    private final OptionalInt height;
    private final Optional<CodiceFiscale> codiceFiscale;
    private final Optional<BirthPlaceCode> birthMunicipality;
    private final Optional<BirthPlaceCode> residenceMunicipality;
    private final List<ConsistencyWarning> warnings;

    TypedPersonalData(PersonalData stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
        List<ConsistencyWarning> found = new ArrayList<>();
        this.issueDate = date(PersonalDataField.ISSUE_DATE, found);
        this.expiryDate = date(PersonalDataField.EXPIRY_DATE, found);
        this.birthDate = date(PersonalDataField.BIRTH_DATE, found);
        this.sex = readable(PersonalDataField.SEX, stored.parsedSex(), "M or F", found);
        Optional<Integer> centimetres = readable(
                PersonalDataField.HEIGHT,
                height(stored.height()),
                "a height in centimetres, 1 to " + MAX_HEIGHT_DIGITS + " digits",
                found);
        this.height = centimetres.map(OptionalInt::of).orElseGet(OptionalInt::empty);
        this.codiceFiscale = readable(
                PersonalDataField.CODICE_FISCALE,
                stored.parsedCodiceFiscale(),
                "a valid codice fiscale in upper case",
                found);
        this.birthMunicipality = readable(
                PersonalDataField.BIRTH_MUNICIPALITY,
                stored.parsedBirthMunicipality(),
                "a cadastral code such as H501",
                found);
        this.residenceMunicipality = readable(
                PersonalDataField.RESIDENCE_MUNICIPALITY,
                stored.parsedResidenceMunicipality(),
                "a cadastral code such as H501",
                found);
        found.addAll(ConsistencyCheck.between(this));
        this.warnings = List.copyOf(found);
    }

    private Optional<LocalDate> date(PersonalDataField field, List<ConsistencyWarning> found) {
        String text = stored.value(field);
        Optional<int[]> digits = DdMmYyyy.digits(text);
        Optional<LocalDate> date = digits.flatMap(DdMmYyyy::date);
        if (digits.isPresent() && date.isEmpty()) {
            int[] dmy = digits.get();
            found.add(new ConsistencyWarning.ImpossibleDate(field, dmy[0], dmy[1], dmy[2]));
            return date;
        }
        return readable(field, date, DATE_FORMAT, found);
    }

    private <T> Optional<T> readable(
            PersonalDataField field, Optional<T> parsed, String expected, List<ConsistencyWarning> found) {
        if (parsed.isEmpty() && !stored.value(field).isEmpty()) {
            found.add(new ConsistencyWarning.UnreadableValue(field, expected));
        }
        return parsed;
    }

    private static Optional<Integer> height(String text) {
        if (text.isEmpty() || text.length() > MAX_HEIGHT_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    /**
     * Returns the text this view was read from, exactly as stored.
     *
     * @return the sixteen fields as text
     */
    public PersonalData stored() {
        return stored;
    }

    /**
     * Returns the text of a field, or empty for an empty field.
     *
     * @param field the field
     * @return its text as stored, if not empty
     */
    public Optional<String> text(PersonalDataField field) {
        String text = stored.value(field);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Returns the issuer code (<i>codice emettitore</i>).
     *
     * @return the text, e.g. {@code 6090}, or empty
     */
    public Optional<String> issuerCode() {
        return text(PersonalDataField.ISSUER_CODE);
    }

    /**
     * Returns the issue date (<i>data rilascio</i>).
     *
     * @return the date, or empty if the field is empty or not a date
     */
    public Optional<LocalDate> issueDate() {
        return issueDate;
    }

    /**
     * Returns the expiry date (<i>data scadenza</i>).
     *
     * @return the date, or empty if the field is empty or not a date
     */
    public Optional<LocalDate> expiryDate() {
        return expiryDate;
    }

    /**
     * Returns the surname (<i>cognome</i>) as stored.
     *
     * @return the surname, or empty
     */
    public Optional<String> surname() {
        return text(PersonalDataField.SURNAME);
    }

    /**
     * Returns the given name(s) (<i>nome</i>) as stored.
     *
     * @return the name, or empty
     */
    public Optional<String> name() {
        return text(PersonalDataField.NAME);
    }

    /**
     * Returns the birth date (<i>data di nascita</i>).
     *
     * @return the date, or empty if the field is empty or not a date
     */
    public Optional<LocalDate> birthDate() {
        return birthDate;
    }

    /**
     * Returns the sex (<i>sesso</i>).
     *
     * @return the sex, or empty if the field is empty or neither {@code M} nor {@code F}
     */
    public Optional<Sex> sex() {
        return sex;
    }

    /**
     * Returns the height (<i>statura</i>) in whole centimetres (an inference, see the class documentation).
     *
     * @return the height, or empty if the field is empty or not one to three digits
     */
    public OptionalInt height() {
        return height;
    }

    /**
     * Returns the codice fiscale.
     *
     * @return a personal or temporary code, or empty if the field is empty or not a valid code in upper case
     */
    public Optional<CodiceFiscale> codiceFiscale() {
        return codiceFiscale;
    }

    /**
     * Returns the citizenship (<i>cittadinanza</i>) as stored; its format is not documented.
     *
     * @return the text, or empty
     */
    public Optional<String> citizenship() {
        return text(PersonalDataField.CITIZENSHIP);
    }

    /**
     * Returns the birth municipality (<i>comune di nascita</i>).
     *
     * @return its cadastral code, or empty if the field is empty or not such a code
     */
    public Optional<BirthPlaceCode> birthMunicipality() {
        return birthMunicipality;
    }

    /**
     * Returns the birth country (<i>stato di nascita</i>) as stored; its format has not been seen on a card
     * ({@link PersonalData#parsedBirthCountry()} reads it as a foreign state's code).
     *
     * @return the text, or empty
     */
    public Optional<String> birthCountry() {
        return text(PersonalDataField.BIRTH_COUNTRY);
    }

    /**
     * Returns the birth-act reference (<i>atto di nascita</i>) as stored.
     *
     * @return the text, or empty
     */
    public Optional<String> birthAct() {
        return text(PersonalDataField.BIRTH_ACT);
    }

    /**
     * Returns the residence municipality (<i>comune di residenza</i>).
     *
     * @return its cadastral code, or empty if the field is empty or not such a code
     */
    public Optional<BirthPlaceCode> residenceMunicipality() {
        return residenceMunicipality;
    }

    /**
     * Returns the residence address (<i>indirizzo di residenza</i>) as stored.
     *
     * @return the text, or empty
     */
    public Optional<String> residenceAddress() {
        return text(PersonalDataField.RESIDENCE_ADDRESS);
    }

    /**
     * Returns the expatriation note (<i>note espatrio</i>) as stored.
     *
     * @return the text, or empty
     */
    public Optional<String> expatriationNote() {
        return text(PersonalDataField.EXPATRIATION_NOTE);
    }

    /**
     * Returns what does not add up: fields without their format, in field order, then the checks between fields
     * (the expiry, the birth date, then the codice fiscale comparisons).
     *
     * @return the warnings, empty when everything adds up
     */
    public List<ConsistencyWarning> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedPersonalData other && stored.equals(other.stored);
    }

    @Override
    public int hashCode() {
        return stored.hashCode();
    }

    /**
     * Shows the stored text and the warnings.
     *
     * @return a description holding personal data
     */
    @Override
    public String toString() {
        return "TypedPersonalData[" + stored + ", warnings=" + warnings + "]";
    }
}
