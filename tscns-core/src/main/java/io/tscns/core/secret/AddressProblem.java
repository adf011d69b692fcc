package io.tscns.core.secret;

import io.tscns.core.Problem;

/**
 * The rule an e-mail address or a mobile number broke. No record carries the rejected text or any of its characters
 * (it is personal data): positions only.
 *
 * @since 0.1.0
 */
public sealed interface AddressProblem extends Problem {

    /**
     * Nothing but white space was given.
     *
     * @param what "e-mail address" or "mobile number"
     */
    record Empty(String what) implements AddressProblem {
        @Override
        public String describe() {
            return "the " + what + " is empty";
        }
    }

    /**
     * The text is longer than any valid address.
     *
     * @param what   "e-mail address" or "mobile number"
     * @param max    the longest length accepted
     * @param actual the length found
     */
    record TooLong(String what, int max, int actual) implements AddressProblem {
        @Override
        public String describe() {
            return "the " + what + " has " + actual + " characters; at most " + max + " are accepted";
        }
    }

    /**
     * A character is not allowed where it stands.
     *
     * @param what     "e-mail address" or "mobile number"
     * @param position the 1-based position, counted after surrounding white space is removed
     * @param expected what is allowed there
     */
    record BadCharacter(String what, int position, String expected) implements AddressProblem {
        @Override
        public String describe() {
            return "the character at position " + position + " of the " + what + " is not allowed; expected "
                    + expected;
        }
    }

    /**
     * The address breaks a rule of its structure.
     *
     * @param what "e-mail address" or "mobile number"
     * @param rule the rule, e.g. "it has no '@'"
     */
    record Malformed(String what, String rule) implements AddressProblem {
        @Override
        public String describe() {
            return "the " + what + " is malformed: " + rule;
        }
    }

    /**
     * The number has too few or too many digits.
     *
     * @param actual   the digits found (prefix included)
     * @param expected the digit counts accepted for its form
     */
    record WrongDigitCount(int actual, String expected) implements AddressProblem {
        @Override
        public String describe() {
            return "the mobile number has " + actual + " digits; expected " + expected;
        }
    }

    /**
     * The number is Italian but not a mobile number, so no SMS can reach it.
     */
    record NotMobile() implements AddressProblem {
        @Override
        public String describe() {
            return "the number is not an Italian mobile number (those start with 3 after +39); landlines and "
                    + "service numbers cannot receive the SMS";
        }
    }
}
