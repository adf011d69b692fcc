package io.tscns.core.activation;

import io.tscns.core.Problem;
import io.tscns.core.internal.Printable;

/**
 * What was wrong with a text field typed at the counter (document number, issuing body, a delegate's name) when an
 * activation value was built. These are format errors of one field; the rules that weigh a whole request against a
 * policy and a date are {@link ActivationViolation}s.
 *
 * @since 0.1.0
 */
public sealed interface ActivationInputProblem extends Problem {

    /**
     * Returns the field, as a dotted path such as {@code document.number}.
     *
     * @return the field name
     */
    String field();

    /**
     * The field is empty or white space only.
     *
     * @param field the field
     */
    record Blank(String field) implements ActivationInputProblem {
        @Override
        public String describe() {
            return field + " is blank";
        }
    }

    /**
     * The field is longer than allowed.
     *
     * @param field     the field
     * @param maxLength the longest length allowed
     * @param actual    the length found, after trimming
     */
    record TooLong(String field, int maxLength, int actual) implements ActivationInputProblem {
        @Override
        public String describe() {
            return field + " has " + actual + " characters; at most " + maxLength + " allowed";
        }
    }

    /**
     * A character is not allowed in the field.
     *
     * @param field    the field
     * @param position the 1-based position of the character, after trimming
     * @param found    the character
     * @param expected what the field allows
     */
    record BadCharacter(String field, int position, char found, String expected) implements ActivationInputProblem {
        @Override
        public String describe() {
            return field + " character at position " + position + " is '" + Printable.of(found) + "'; expected "
                    + expected;
        }
    }

    /**
     * The field has no letter or digit at all, e.g. only punctuation.
     *
     * @param field the field
     */
    record NoLetterOrDigit(String field) implements ActivationInputProblem {
        @Override
        public String describe() {
            return field + " has no letter or digit";
        }
    }
}
