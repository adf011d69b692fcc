package io.tscns.core.secret;

import io.tscns.core.Problem;

/**
 * A rule that a text (or a card field) broke when it was read as a PIN, PUK or CIP. Callers that branch on the
 * failure use these records; people read {@link #describe()}. No record carries a character of the rejected input:
 * a mistyped code is still mostly the real code.
 *
 * @since 0.1.0
 */
public sealed interface SecretCodeProblem extends Problem {

    /**
     * The code does not have an allowed number of characters.
     *
     * @param actual    the number of characters found
     * @param minLength the shortest length the format allows
     * @param maxLength the longest length the format allows
     */
    record WrongLength(int actual, int minLength, int maxLength) implements SecretCodeProblem {
        @Override
        public String describe() {
            String expected = minLength == maxLength ? String.valueOf(minLength) : minLength + " to " + maxLength;
            return "it has " + actual + " characters; expected " + expected;
        }
    }

    /**
     * A character is outside the format's alphabet (for PIN and PUK: not an ASCII digit).
     *
     * @param position the 1-based position of the character
     * @param expected what the format allows, e.g. "a digit 0-9"
     */
    record CharacterNotAllowed(int position, String expected) implements SecretCodeProblem {
        @Override
        public String describe() {
            return "the character at position " + position + " is not allowed; expected " + expected;
        }
    }

    /**
     * A card field holding a PIN or PUK does not have the card's fixed length.
     *
     * @param actual   the number of bytes found
     * @param expected the fixed length (8)
     */
    record WrongCardFieldLength(int actual, int expected) implements SecretCodeProblem {
        @Override
        public String describe() {
            return "the card field has " + actual + " bytes; expected " + expected;
        }
    }

    /**
     * A byte of a card field breaks its layout: ASCII digits first, then {@code 0xFF} padding to the end.
     *
     * @param position the 1-based position of the byte
     */
    record BadCardPadding(int position) implements SecretCodeProblem {
        @Override
        public String describe() {
            return "the byte at position " + position
                    + " of the card field is neither an allowed character before the padding nor 0xFF padding";
        }
    }
}
