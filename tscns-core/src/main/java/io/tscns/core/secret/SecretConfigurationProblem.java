package io.tscns.core.secret;

import io.tscns.core.Problem;

/**
 * Why a configuration value for secret codes is unusable: a {@link CodeFormat} whose lengths or alphabet make no
 * sense, a {@link SplitRule} with an empty half, a length its format does not allow. These values come from a
 * deployment's configuration or a caller's arguments, never from a holder, so no record carries a code; an alphabet
 * is described by its size and positions only. Carried by {@link InvalidSecretConfigurationException}.
 *
 * @since 0.1.0
 */
public sealed interface SecretConfigurationProblem extends Problem {

    /**
     * The minimum and maximum length of a format are not {@code 1 <= minimum <= maximum <=}
     * {@value CodeFormat#MAX_LENGTH}.
     *
     * @param minLength the minimum given
     * @param maxLength the maximum given
     */
    record LengthsOutOfRange(int minLength, int maxLength) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "code lengths must satisfy 1 <= minimum <= maximum <= " + CodeFormat.MAX_LENGTH + "; found minimum "
                    + minLength + " and maximum " + maxLength;
        }
    }

    /**
     * An alphabet has fewer than 2 or more than 94 characters (the printable ASCII characters other than space).
     *
     * @param size the number of characters given
     */
    record AlphabetSizeOutOfRange(int size) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "a code alphabet must have 2 to 94 characters; found " + size;
        }
    }

    /**
     * A character of an alphabet is not printable ASCII, or is a space.
     *
     * @param position the 1-based position of the character in the alphabet
     */
    record AlphabetCharacterNotAllowed(int position) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "a code alphabet may hold only printable ASCII characters other than space; the character at "
                    + "position " + position + " is not one";
        }
    }

    /**
     * A character of an alphabet appears a second time.
     *
     * @param position the 1-based position of the repetition in the alphabet
     */
    record AlphabetRepeatsCharacter(int position) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "a code alphabet must not repeat a character; position " + position + " repeats one";
        }
    }

    /**
     * A format allows fewer than {@value CodeFormat#MIN_CODE_SPACE} codes of its shortest length, so guessing would
     * be practical.
     *
     * @param alphabetSize the number of characters of the alphabet
     * @param minLength    the shortest length of the format
     */
    record TooFewCodes(int alphabetSize, int minLength) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "a code format must allow at least " + CodeFormat.MIN_CODE_SPACE + " codes of its shortest "
                    + "length; " + alphabetSize + " characters to the power of " + minLength + " is fewer";
        }
    }

    /**
     * A split rule leaves a half empty, or its halves together are longer than {@value CodeFormat#MAX_LENGTH}.
     *
     * @param counterLength the counter half's length given
     * @param remoteLength  the remote half's length given
     */
    record SplitRuleOutOfRange(int counterLength, int remoteLength) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "a split rule needs at least 1 character in each half and at most " + CodeFormat.MAX_LENGTH
                    + " in all; found " + counterLength + " + " + remoteLength;
        }
    }

    /**
     * A code was asked for with a length its format does not allow.
     *
     * @param kind      the code kind
     * @param length    the length asked for
     * @param minLength the shortest length the format allows
     * @param maxLength the longest length the format allows
     */
    record LengthNotInFormat(CodeKind kind, int length, int minLength, int maxLength)
            implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "cannot generate a " + kind.label() + " of " + length + " characters: its format allows " + minLength
                    + " to " + maxLength;
        }
    }

    /**
     * A PIN or PUK was asked for with a format other than its own: only the CIP's format is configurable.
     *
     * @param kind the code kind, {@link CodeKind#PIN} or {@link CodeKind#PUK}
     */
    record FixedFormat(CodeKind kind) implements SecretConfigurationProblem {
        @Override
        public String describe() {
            return "the " + kind.label() + " has a fixed format: " + CodeFormat.defaultFor(kind);
        }
    }
}
