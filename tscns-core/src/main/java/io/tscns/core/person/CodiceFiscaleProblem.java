package io.tscns.core.person;

import io.tscns.core.Problem;

/**
 * The rule a string broke when it was read as a codice fiscale. Callers that branch on the failure use these
 * records; people read {@link #describe()}.
 *
 * @since 0.1.0
 */
public sealed interface CodiceFiscaleProblem extends Problem {

    /**
     * The text is neither 16 characters (personal code) nor 11 digits (temporary numeric code).
     *
     * @param actual the length found
     */
    record WrongLength(int actual) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "codice fiscale has " + actual + " characters; expected 16 (personal code) "
                    + "or 11 digits (temporary numeric code)";
        }
    }

    /**
     * A character is not of the class its position requires.
     *
     * @param position the 1-based position of the character
     * @param found    the character found
     * @param expected the class the position requires, e.g. "a letter" or "a digit or one of LMNPQRSTUV"
     */
    record BadCharacter(int position, char found, String expected) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "codice fiscale character at position " + position + " is '" + printable(found) + "'; expected "
                    + expected;
        }

        private static String printable(char c) {
            return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c);
        }
    }

    /**
     * The month letter (position 9) is not one of {@code A B C D E H L M P R S T}.
     *
     * @param found the letter found
     */
    record UnknownMonthLetter(char found) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "codice fiscale month letter at position 9 is '" + found
                    + "'; expected one of A B C D E H L M P R S T";
        }
    }

    /**
     * The day field (positions 10–11) is not a day of the month for either sex (1–31 male, 41–71 female), or
     * exceeds the length of the month.
     *
     * @param day   the two-digit value found
     * @param month the month (1–12) decoded from the month letter
     */
    record ImpossibleDay(int day, int month) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "codice fiscale day field is " + day + ", which is not a day of month " + month
                    + " (1-31 for men, 41-71 for women)";
        }
    }

    /**
     * The check character does not match the first characters.
     *
     * @param expected the check character the rules give
     * @param found    the character found
     */
    record WrongCheckCharacter(char expected, char found) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "codice fiscale check character is '" + found + "'; expected '" + expected + "'";
        }
    }

    /**
     * A surname or name given to the calculator holds no letter A–Z once accents are removed.
     *
     * @param field which input it was: "surname" or "name"
     */
    record NoLetters(String field) implements CodiceFiscaleProblem {
        @Override
        public String describe() {
            return "the " + field + " has no letter A-Z to derive a codice fiscale from";
        }
    }
}
