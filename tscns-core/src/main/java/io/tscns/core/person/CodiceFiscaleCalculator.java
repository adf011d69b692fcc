package io.tscns.core.person;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes the codice fiscale of a person from surname, name, sex, birth date and birth place, as the Agenzia delle
 * Entrate does for a first assignment ({@code docs/card.md §7.2}).
 *
 * <ul>
 *   <li>Surname: its consonants in order, then its vowels, then {@code X}, the first three taken.</li>
 *   <li>Name: with four or more consonants, the 1st, 3rd and 4th; otherwise the surname rule.</li>
 *   <li>Accents are removed and anything that is not a letter A–Z (spaces, apostrophes, hyphens) is ignored.</li>
 * </ul>
 *
 * <p>The result is the base code. When the Agenzia finds the code already assigned it gives an omocodic variant,
 * which {@link PersonalCodiceFiscale#omocode(int)} produces; no calculator can know which level a person got.
 *
 * @since 0.1.0
 */
public final class CodiceFiscaleCalculator {

    private static final String VOWELS = "AEIOU";

    private CodiceFiscaleCalculator() {}

    /**
     * Computes the base codice fiscale.
     *
     * @param surname   the surname (<i>cognome</i>) as written on the documents
     * @param name      the given name(s) (<i>nome</i>)
     * @param sex       the sex
     * @param birthDate the birth date
     * @param birthPlace the municipality or foreign-state code of the birth place
     * @return the base code
     * @throws InvalidCodiceFiscaleException with {@link CodiceFiscaleProblem.NoLetters} if the surname or name has
     *                                       no usable letter
     */
    public static PersonalCodiceFiscale compute(
            String surname, String name, Sex sex, LocalDate birthDate, BirthPlaceCode birthPlace) {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthPlace, "birthPlace");
        StringBuilder sb = new StringBuilder(PersonalCodiceFiscale.LENGTH);
        sb.append(surnameCode(surname));
        sb.append(nameCode(name));
        int yy = Math.floorMod(birthDate.getYear(), 100);
        sb.append((char) ('0' + yy / 10)).append((char) ('0' + yy % 10));
        sb.append(PersonalCodiceFiscale.MONTH_LETTERS.charAt(birthDate.getMonthValue() - 1));
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        sb.append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
        sb.append(birthPlace.value());
        sb.append(PersonalCodiceFiscale.checkCharacter(sb));
        return new PersonalCodiceFiscale(sb.toString());
    }

    /**
     * Returns the three letters the surname contributes.
     *
     * @param surname the surname
     * @return three letters
     * @throws InvalidCodiceFiscaleException if the surname has no letter A–Z
     */
    public static String surnameCode(String surname) {
        String letters = letters(surname, "surname");
        return consonantsThenVowels(consonants(letters), vowels(letters));
    }

    /**
     * Returns the three letters the given name contributes.
     *
     * @param name the given name(s)
     * @return three letters
     * @throws InvalidCodiceFiscaleException if the name has no letter A–Z
     */
    public static String nameCode(String name) {
        String letters = letters(name, "name");
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return consonantsThenVowels(consonants, vowels(letters));
    }

    private static String consonantsThenVowels(String consonants, String vowels) {
        String joined = consonants + vowels + "XXX";
        return joined.substring(0, 3);
    }

    private static String letters(String text, String field) {
        Objects.requireNonNull(text, field);
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                sb.append(c);
            }
        }
        if (sb.length() == 0) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.NoLetters(field));
        }
        return sb.toString();
    }

    private static String consonants(String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (VOWELS.indexOf(letters.charAt(i)) < 0) {
                sb.append(letters.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String vowels(String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (VOWELS.indexOf(letters.charAt(i)) >= 0) {
                sb.append(letters.charAt(i));
            }
        }
        return sb.toString();
    }
}
