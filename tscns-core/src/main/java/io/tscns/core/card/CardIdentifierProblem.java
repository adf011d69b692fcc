package io.tscns.core.card;

import io.tscns.core.Problem;

/**
 * The rule a value broke when it was read as a card identifier ({@link CardId} or {@link TeamNumber}). Callers
 * that branch on the failure use these records; people read {@link #describe()}.
 *
 * @since 0.1.0
 */
public sealed interface CardIdentifierProblem extends Problem {

    /**
     * Returns which identifier was being read.
     *
     * @return the kind of identifier
     */
    CardIdentifierKind kind();

    /**
     * The value does not have the number of digits the identifier has.
     *
     * @param kind   the identifier being read
     * @param actual the number of digits (or, for a file read from the card, bytes) found
     */
    record WrongLength(CardIdentifierKind kind, int actual) implements CardIdentifierProblem {
        @Override
        public String describe() {
            return kind.label() + " must have " + kind.length() + " digits; found " + actual;
        }
    }

    /**
     * A character (or a byte of the card file) is not an ASCII digit {@code 0}–{@code 9}.
     *
     * @param kind     the identifier being read
     * @param position the 1-based position of the character in the text (or of the byte in the file)
     * @param found    the character or byte value found
     */
    record NotADigit(CardIdentifierKind kind, int position, int found) implements CardIdentifierProblem {
        @Override
        public String describe() {
            String shown = found >= 0x20 && found < 0x7F ? "'" + (char) found + "'" : String.format("0x%02X", found);
            return kind.label() + " character at position " + position + " is " + shown
                    + "; expected an ASCII digit 0-9";
        }
    }

    /**
     * The last digit of a TEAM card number is not the Luhn check digit of the first nineteen.
     *
     * @param expected the check digit the Luhn rule gives
     * @param found    the digit found
     */
    record WrongCheckDigit(char expected, char found) implements CardIdentifierProblem {
        @Override
        public CardIdentifierKind kind() {
            return CardIdentifierKind.TEAM_NUMBER;
        }

        @Override
        public String describe() {
            return "TEAM card number check digit (position 20) is '" + found + "'; the Luhn rule gives '" + expected
                    + "'";
        }
    }
}
