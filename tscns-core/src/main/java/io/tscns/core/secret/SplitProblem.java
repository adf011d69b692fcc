package io.tscns.core.secret;

import io.tscns.core.Problem;

/**
 * Why a code could not be split, or two halves could not be recombined. Callers that branch on the failure use
 * these records; people read {@link #describe()}. No record carries a character of a code or of a half.
 *
 * @since 0.1.0
 */
public sealed interface SplitProblem extends Problem {

    /**
     * The policy's rule for a kind gives a total length the kind's format does not allow (for example 2 + 2 for a
     * PIN, which needs 5 to 8 digits).
     *
     * @param kind      the code kind
     * @param rule      the rule
     * @param minLength the shortest length the format allows
     * @param maxLength the longest length the format allows
     */
    record RuleDoesNotFitFormat(CodeKind kind, SplitRule rule, int minLength, int maxLength) implements SplitProblem {
        @Override
        public String describe() {
            return "the split rule " + rule + " for the " + kind.label() + " gives " + rule.totalLength()
                    + " characters, but its format allows " + minLength + " to " + maxLength;
        }
    }

    /**
     * The code to split is not as long as the rule's two halves together. The code's own length is not given.
     *
     * @param kind the code kind
     * @param rule the rule
     */
    record CodeDoesNotFitRule(CodeKind kind, SplitRule rule) implements SplitProblem {
        @Override
        public String describe() {
            return "the " + kind.label() + " cannot be split " + rule + ": its length is not " + rule.totalLength();
        }
    }

    /**
     * A half does not have the length the policy gives it.
     *
     * @param role     which half
     * @param expected the length the policy gives it
     * @param actual   the length found
     */
    record HalfWrongLength(HalfRole role, int expected, int actual) implements SplitProblem {
        @Override
        public String describe() {
            return "the " + role.label() + " has " + actual + " characters; expected " + expected
                    + (actual < expected ? " (too short)" : " (too long)");
        }
    }

    /**
     * A character of a half is outside the format's alphabet.
     *
     * @param role     which half
     * @param position the 1-based position within the half
     * @param expected what the format allows, e.g. "a digit 0-9"
     */
    record HalfCharacterNotAllowed(HalfRole role, int position, String expected) implements SplitProblem {
        @Override
        public String describe() {
            return "the character at position " + position + " of the " + role.label() + " is not allowed; expected "
                    + expected;
        }
    }

    /**
     * The two halves were given in each other's place.
     *
     * @param confirmedByReference {@code false} when the lengths show it (the counter half has the remote half's
     *                             length and the other way round); {@code true} when the halves have equal lengths
     *                             and only the issued code showed that the swapped order is the right one
     */
    record HalvesSwapped(boolean confirmedByReference) implements SplitProblem {
        @Override
        public String describe() {
            return confirmedByReference
                    ? "the counter half and the remote half were given in each other's place (the swapped order "
                            + "matches the issued code)"
                    : "the counter half and the remote half were given in each other's place (each has the other's "
                            + "length)";
        }
    }

    /**
     * The two halves come from different kinds or formats of code, for example a PIN counter half with a PUK remote
     * half.
     *
     * @param counterKind the kind of the counter half
     * @param remoteKind  the kind of the remote half
     */
    record HalvesDoNotBelongTogether(CodeKind counterKind, CodeKind remoteKind) implements SplitProblem {
        @Override
        public String describe() {
            return counterKind == remoteKind
                    ? "the two " + counterKind.label() + " halves were split under different code formats"
                    : "the counter half is of a " + counterKind.label() + " but the remote half is of a "
                            + remoteKind.label();
        }
    }

    /**
     * The halves are well formed but, joined in either order, do not give the issued code: at least one half is
     * wrong. Which one is not said, on purpose: telling it would let a guesser attack each half separately.
     *
     * @param kind the code kind
     */
    record DoesNotMatchIssuedCode(CodeKind kind) implements SplitProblem {
        @Override
        public String describe() {
            return "the two halves do not form the issued " + kind.label() + "; at least one of them is wrong";
        }
    }
}
