package io.tscns.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 16-character codice fiscale of a person: three letters for the surname, three for the name, two digits of the
 * birth year, a month letter, two digits of the birth day (plus 40 for women), the four-character
 * {@linkplain BirthPlaceCode birth-place code} and a check letter ({@code docs/card.md §7.2}).
 *
 * <h2>Omocodia</h2>
 * When two people would get the same code, the Agenzia delle Entrate gives the second one an <i>omocodic</i>
 * variant: starting from the rightmost digit position (15, then 14, 13, 11, 10, 8, 7; 1-based) digits are replaced by
 * the letters {@code L M N P Q R S T U V} (standing for 0–9) and the check letter is recomputed. This type accepts
 * any such variant. {@link #value()} keeps the code as presented, which is the holder's real code;
 * {@link #baseCode()} gives the code with every letter turned back into its digit, which is what the birth data
 * must be compared with. Decoding methods ({@link #sex()}, {@link #birthDate(LocalDate)}, {@link #birthPlace()})
 * work on either form.
 *
 * @param value the sixteen characters, upper case
 * @since 0.1.0
 */
public record PersonalCodiceFiscale(String value) implements CodiceFiscale {

    /** Length of a personal code. */
    public static final int LENGTH = 16;

    /** Letters that replace the digits 0–9 in an omocodic variant, in order. */
    static final String OMOCODE_LETTERS = "LMNPQRSTUV";

    /**
     * Positions (0-based) that hold digits in a base code, in the order omocodia replaces them: rightmost first.
     */
    static final int[] OMOCODE_POSITIONS = {14, 13, 12, 10, 9, 7, 6};

    /** Month letters for January to December. */
    static final String MONTH_LETTERS = "ABCDEHLMPRST";

    private static final String DIGIT_CLASS = "a digit or one of LMNPQRSTUV";

    // Check-character values for characters in odd (1st, 3rd, ...) positions, indexed by digit or letter.
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    /**
     * Validates the code: length, the class of every character, month letter, day and check letter.
     *
     * @throws InvalidCodiceFiscaleException naming the first rule that fails
     */
    public PersonalCodiceFiscale {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /**
     * Reads a personal codice fiscale. Letters may be in either case; surrounding white space is ignored.
     *
     * @param text the text to read
     * @return the code
     * @throws InvalidCodiceFiscaleException if the text is not a valid 16-character code
     */
    public static PersonalCodiceFiscale parse(String text) {
        CodiceFiscale parsed = CodiceFiscale.parse(text);
        if (parsed instanceof PersonalCodiceFiscale personal) {
            return personal;
        }
        throw new InvalidCodiceFiscaleException(
                new CodiceFiscaleProblem.WrongLength(parsed.value().length()));
    }

    private static void validate(String v) {
        if (v.length() != LENGTH) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.WrongLength(v.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = v.charAt(i);
            boolean ok = isDigitPosition(i) ? isDigitOrOmocodeLetter(c) : isLetter(c);
            if (!ok) {
                throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.BadCharacter(
                        i + 1, c, isDigitPosition(i) ? DIGIT_CLASS : "a letter A-Z"));
            }
        }
        int month = MONTH_LETTERS.indexOf(v.charAt(8)) + 1;
        if (month == 0) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.UnknownMonthLetter(v.charAt(8)));
        }
        int dayField = digitAt(v, 9) * 10 + digitAt(v, 10);
        int day = dayField > 40 ? dayField - 40 : dayField;
        int year = digitAt(v, 6) * 10 + digitAt(v, 7);
        int maxDay = month == 2 ? (year % 4 == 0 ? 29 : 28) : Month.of(month).maxLength();
        if (dayField == 0 || dayField == 40 || (dayField > 31 && dayField < 41) || dayField > 71 || day > maxDay) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.ImpossibleDay(dayField, month));
        }
        char expected = checkCharacter(v);
        if (v.charAt(15) != expected) {
            throw new InvalidCodiceFiscaleException(
                    new CodiceFiscaleProblem.WrongCheckCharacter(expected, v.charAt(15)));
        }
    }

    /**
     * Computes the check letter for the first fifteen characters.
     *
     * @param first15 a string whose first fifteen characters are upper-case letters or digits
     * @return the check letter
     */
    static char checkCharacter(CharSequence first15) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = first15.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            int index = digit ? c - '0' : c - 'A';
            if (i % 2 == 0) {
                sum += digit ? ODD_DIGITS[index] : ODD_LETTERS[index];
            } else {
                sum += index;
            }
        }
        return (char) ('A' + sum % 26);
    }

    static boolean isDigitPosition(int index) {
        return index == 6 || index == 7 || index == 9 || index == 10 || index == 12 || index == 13 || index == 14;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigitOrOmocodeLetter(char c) {
        return (c >= '0' && c <= '9') || OMOCODE_LETTERS.indexOf(c) >= 0;
    }

    private static int digitAt(String v, int index) {
        char c = v.charAt(index);
        return c >= '0' && c <= '9' ? c - '0' : OMOCODE_LETTERS.indexOf(c);
    }

    /**
     * Tells whether this code is an omocodic variant (at least one digit position holds a letter).
     *
     * @return {@code true} for an omocodic variant
     */
    public boolean isOmocode() {
        return omocodeLevel() > 0;
    }

    /**
     * Returns how many digit positions hold a letter: 0 for a base code, up to 7.
     *
     * @return the number of substituted positions
     */
    public int omocodeLevel() {
        int count = 0;
        for (int position : OMOCODE_POSITIONS) {
            if (value.charAt(position) > '9') {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the base code: every omocodic letter turned back into its digit and the check letter recomputed. For a
     * base code this is the code itself.
     *
     * @return the base code
     */
    public PersonalCodiceFiscale baseCode() {
        if (!isOmocode()) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value);
        for (int position : OMOCODE_POSITIONS) {
            sb.setCharAt(position, (char) ('0' + digitAt(value, position)));
        }
        sb.setCharAt(15, checkCharacter(sb));
        return new PersonalCodiceFiscale(sb.toString());
    }

    /**
     * Tells whether two codes share the same base code, i.e. one may be an omocodic variant of the other.
     *
     * @param other another code
     * @return {@code true} if both have the same base code
     */
    public boolean sameBaseAs(PersonalCodiceFiscale other) {
        return baseCode().value.equals(other.baseCode().value);
    }

    /**
     * Returns the omocodic variant of the given level, following the official order: level 1 replaces the digit at
     * position 15, level 2 also the one at 14, and so on up to level 7. The variant is computed from the
     * {@linkplain #baseCode() base code}, so any variant of the same base gives the same result.
     *
     * @param level 0 (the base code) to 7
     * @return the variant
     * @throws IllegalArgumentException if the level is outside 0–7
     */
    public PersonalCodiceFiscale omocode(int level) {
        if (level < 0 || level > OMOCODE_POSITIONS.length) {
            throw new IllegalArgumentException("omocode level must be 0 to 7, found " + level);
        }
        String base = baseCode().value;
        StringBuilder sb = new StringBuilder(base);
        for (int i = 0; i < level; i++) {
            int position = OMOCODE_POSITIONS[i];
            sb.setCharAt(position, OMOCODE_LETTERS.charAt(base.charAt(position) - '0'));
        }
        sb.setCharAt(15, checkCharacter(sb));
        return new PersonalCodiceFiscale(sb.toString());
    }

    /**
     * Returns the seven omocodic variants of this code's base, levels 1 to 7 in the official order.
     *
     * @return seven variants
     */
    public List<PersonalCodiceFiscale> omocodeVariants() {
        List<PersonalCodiceFiscale> variants = new ArrayList<>(OMOCODE_POSITIONS.length);
        for (int level = 1; level <= OMOCODE_POSITIONS.length; level++) {
            variants.add(omocode(level));
        }
        return List.copyOf(variants);
    }

    /**
     * Returns the three letters derived from the surname (positions 1–3).
     *
     * @return the surname code
     */
    public String surnameCode() {
        return value.substring(0, 3);
    }

    /**
     * Returns the three letters derived from the given name (positions 4–6).
     *
     * @return the name code
     */
    public String nameCode() {
        return value.substring(3, 6);
    }

    /**
     * Returns the sex encoded in the day field (women have 40 added to the day).
     *
     * @return the sex
     */
    public Sex sex() {
        return digitAt(value, 9) >= 4 ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * Returns the last two digits of the birth year.
     *
     * @return 0 to 99
     */
    public int birthYearOfCentury() {
        return digitAt(value, 6) * 10 + digitAt(value, 7);
    }

    /**
     * Returns the birth month.
     *
     * @return the month
     */
    public Month birthMonth() {
        return Month.of(MONTH_LETTERS.indexOf(value.charAt(8)) + 1);
    }

    /**
     * Returns the birth day of the month, with the 40 added for women removed.
     *
     * @return 1 to 31
     */
    public int birthDayOfMonth() {
        int day = digitAt(value, 9) * 10 + digitAt(value, 10);
        return day > 40 ? day - 40 : day;
    }

    /**
     * Returns the birth date, choosing the century so that the date is the latest one not after the reference date.
     * The code only holds two digits of the year, so a person born in 1925 and one born in 2025 share them; pass the
     * date on which the code is being used (for example today, or the card's issue date).
     *
     * @param referenceDate the date the birth date must not be after
     * @return the birth date
     * @throws IllegalArgumentException if no century gives a date on or before the reference date
     */
    public LocalDate birthDate(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        int yy = birthYearOfCentury();
        int century = Math.floorDiv(referenceDate.getYear(), 100) * 100;
        for (int candidateCentury = century; candidateCentury >= century - 200; candidateCentury -= 100) {
            try {
                LocalDate date = LocalDate.of(candidateCentury + yy, birthMonth(), birthDayOfMonth());
                if (!date.isAfter(referenceDate)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // 29 February in a century year that is not a leap year: try the previous century.
            }
        }
        throw new IllegalArgumentException("no birth date for this codice fiscale falls on or before " + referenceDate);
    }

    /**
     * Tells whether a full birth date agrees with the year, month and day this code encodes.
     *
     * @param date a birth date
     * @return {@code true} if the two-digit year, the month and the day all match
     */
    public boolean matchesBirthDate(LocalDate date) {
        return date.getYear() % 100 == birthYearOfCentury()
                && date.getMonth() == birthMonth()
                && date.getDayOfMonth() == birthDayOfMonth();
    }

    /**
     * Returns the birth-place code (positions 12–15), with omocodic letters turned back into digits.
     *
     * @return the municipality or foreign-state code
     */
    public BirthPlaceCode birthPlace() {
        return new BirthPlaceCode(new String(new char[] {
            value.charAt(11),
            (char) ('0' + digitAt(value, 12)),
            (char) ('0' + digitAt(value, 13)),
            (char) ('0' + digitAt(value, 14))
        }));
    }

    @Override
    public String toString() {
        return value;
    }
}
