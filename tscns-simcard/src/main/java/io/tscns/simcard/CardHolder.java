package io.tscns.simcard;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The person a simulated card is issued to (<i>titolare della tessera</i>): what the card factory needs to write
 * EF.Dati_personali, compute the codice fiscale and name the certificate's subject. Names are stored upper case, as
 * the card prints them.
 *
 * @param surname      the surname (<i>cognome</i>), at least one letter
 * @param name         the given name(s) (<i>nome</i>), at least one letter
 * @param sex          the sex
 * @param birthDate    the birth date
 * @param birthPlace   the birth municipality, or a foreign state's {@code Z} code
 * @param residence    the municipality of residence (<i>comune di residenza</i>)
 * @param omocodeLevel 0 for a holder with the base codice fiscale, 1 to 7 for one the Agenzia delle Entrate gave
 *                     an omocodic variant (<i>omocodia</i>, {@code docs/card.md §7.2})
 * @since 0.1.0
 */
public record CardHolder(
        String surname,
        String name,
        Sex sex,
        LocalDate birthDate,
        BirthPlaceCode birthPlace,
        BirthPlaceCode residence,
        int omocodeLevel) {

    /**
     * Normalises the names to upper case and checks every component.
     *
     * @throws IllegalArgumentException if a name has no letter, or the omocode level is outside 0–7
     */
    public CardHolder {
        surname = upper(surname, "surname");
        name = upper(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(residence, "residence");
        if (omocodeLevel < 0 || omocodeLevel > 7) {
            throw new IllegalArgumentException("the omocode level is 0 to 7, found " + omocodeLevel);
        }
    }

    /**
     * Creates a holder with the base codice fiscale.
     *
     * @param surname    the surname, at least one letter
     * @param name       the given name(s), at least one letter
     * @param sex        the sex
     * @param birthDate  the birth date
     * @param birthPlace the birth municipality, or a foreign state's {@code Z} code
     * @param residence  the municipality of residence
     * @throws IllegalArgumentException if a name has no letter
     */
    public CardHolder(
            String surname,
            String name,
            Sex sex,
            LocalDate birthDate,
            BirthPlaceCode birthPlace,
            BirthPlaceCode residence) {
        this(surname, name, sex, birthDate, birthPlace, residence, 0);
    }

    /**
     * Returns this holder with an omocodic codice fiscale of a level.
     *
     * @param level 0 (the base code) to 7
     * @return the holder
     * @throws IllegalArgumentException if the level is outside 0–7
     */
    public CardHolder withOmocodeLevel(int level) {
        return new CardHolder(surname, name, sex, birthDate, birthPlace, residence, level);
    }

    /**
     * Returns the holder's codice fiscale: the one computed from the names, sex, birth date and place, as the
     * omocodic variant of {@link #omocodeLevel()}.
     *
     * @return the code
     */
    public PersonalCodiceFiscale codiceFiscale() {
        return CodiceFiscaleCalculator.compute(surname, name, sex, birthDate, birthPlace)
                .omocode(omocodeLevel);
    }

    /**
     * Returns the fictitious holder of the reference's worked example ({@code docs/card.md §2.3}): ROSSI MARIO, male,
     * born 1 January 1980 in Rome (H501), living in Rome.
     *
     * @return the example holder
     */
    public static CardHolder example() {
        return new CardHolder(
                "ROSSI",
                "MARIO",
                Sex.MALE,
                LocalDate.of(1980, 1, 1),
                new BirthPlaceCode("H501"),
                new BirthPlaceCode("H501"));
    }

    /**
     * Returns the name as OpenSC writes the token label: given name, a space, surname.
     *
     * @return for example {@code MARIO ROSSI}
     */
    public String displayName() {
        return name + " " + surname;
    }

    private static String upper(String value, String field) {
        Objects.requireNonNull(value, field);
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (upper.chars().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("the holder's " + field + " has no letter");
        }
        return upper;
    }
}
