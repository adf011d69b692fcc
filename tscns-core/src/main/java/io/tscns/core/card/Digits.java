package io.tscns.core.card;

/**
 * Shape checks shared by the card identifiers: a fixed number of ASCII digits.
 */
final class Digits {

    private Digits() {}

    /**
     * Checks that a value has exactly the length of its kind and holds only ASCII digits.
     *
     * @param kind  the identifier being read
     * @param value the value to check
     * @throws InvalidCardIdentifierException naming the wrong length or the first character that is not a digit
     */
    static void requireDigits(CardIdentifierKind kind, String value) {
        if (value.length() != kind.length()) {
            throw new InvalidCardIdentifierException(new CardIdentifierProblem.WrongLength(kind, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                throw new InvalidCardIdentifierException(new CardIdentifierProblem.NotADigit(kind, i + 1, c));
            }
        }
    }

    /**
     * Tells whether a character is an ASCII digit (other Unicode digits are not accepted).
     *
     * @param c any character
     * @return {@code true} for {@code '0'}–{@code '9'}
     */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
