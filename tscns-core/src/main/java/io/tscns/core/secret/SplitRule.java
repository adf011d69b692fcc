package io.tscns.core.secret;

/**
 * How one kind of code is split for delivery: the number of leading characters printed on the counter receipt and
 * the number of remaining characters sent by e-mail or SMS. The MEF/Sogei practice is 2 + 3 for the PIN and 2 + 6
 * for the PUK ({@code docs/card.md §8}).
 *
 * @param counterLength characters handed over at the counter, at least 1
 * @param remoteLength  characters sent by the remote channel, at least 1
 * @since 0.1.0
 */
public record SplitRule(int counterLength, int remoteLength) {

    /**
     * Checks that both halves hold at least one character and the whole fits {@link CodeFormat#MAX_LENGTH}.
     *
     * @throws InvalidSecretConfigurationException otherwise
     */
    public SplitRule {
        if (counterLength < 1
                || remoteLength < 1
                || counterLength > CodeFormat.MAX_LENGTH
                || remoteLength > CodeFormat.MAX_LENGTH - counterLength) {
            throw new InvalidSecretConfigurationException(
                    new SecretConfigurationProblem.SplitRuleOutOfRange(counterLength, remoteLength));
        }
    }

    /**
     * Returns the length of a code this rule splits.
     *
     * @return {@code counterLength + remoteLength}
     */
    public int totalLength() {
        return counterLength + remoteLength;
    }

    /**
     * Returns the number of characters of a half.
     *
     * @param role which half
     * @return its length under this rule
     */
    public int lengthOf(HalfRole role) {
        return role == HalfRole.COUNTER ? counterLength : remoteLength;
    }

    /**
     * Returns "2 + 3"-style text for messages.
     *
     * @return the rule as text
     */
    @Override
    public String toString() {
        return counterLength + " + " + remoteLength;
    }
}
