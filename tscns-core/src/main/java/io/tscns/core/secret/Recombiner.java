package io.tscns.core.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The checks of {@link SplitPolicy}'s recombination: the shape of the two halves, then, if the issuer's reference
 * is known, the value. Every temporary buffer is wiped.
 */
final class Recombiner {

    private Recombiner() {}

    /**
     * Checks both halves against the rule and the format, reporting every problem at once, then joins them.
     *
     * @throws SplitDeliveryException if the rule does not fit the format, or a half is wrong in shape
     */
    static SecretCode join(
            CodeKind kind, CodeFormat format, SplitRule rule, CharSequence counter, CharSequence remote) {
        Objects.requireNonNull(counter, "counterPart");
        Objects.requireNonNull(remote, "remotePart");
        SplitPolicy.requireFit(kind, rule, format);
        List<SplitProblem> problems = new ArrayList<>();
        int counterLength = counter.length();
        int remoteLength = remote.length();
        boolean swapped = counterLength != rule.counterLength()
                && counterLength == rule.remoteLength()
                && remoteLength == rule.counterLength();
        if (swapped) {
            problems.add(new SplitProblem.HalvesSwapped(false));
        } else {
            addLengthProblem(problems, HalfRole.COUNTER, rule, counterLength);
            addLengthProblem(problems, HalfRole.REMOTE, rule, remoteLength);
        }
        addCharacterProblems(problems, HalfRole.COUNTER, format, counter);
        addCharacterProblems(problems, HalfRole.REMOTE, format, remote);
        if (!problems.isEmpty()) {
            throw new SplitDeliveryException(kind, problems);
        }
        return SecretCode.ofChecked(kind, format, concatenate(counter, remote));
    }

    /**
     * Returns the code if the reference accepts it. Otherwise destroys it and reports a swap (when the halves have
     * equal lengths and the swapped order matches) or a mismatch.
     *
     * @throws SplitDeliveryException with {@link SplitProblem.HalvesSwapped} or
     *                                {@link SplitProblem.DoesNotMatchIssuedCode}
     */
    static SecretCode confirm(SecretCode code, SplitRule rule, CodeReference reference) {
        boolean matches = false;
        try {
            matches = reference.matches(code);
            if (matches) {
                return code;
            }
            if (rule.counterLength() == rule.remoteLength() && swappedMatches(code, rule, reference)) {
                throw new SplitDeliveryException(code.kind(), List.of(new SplitProblem.HalvesSwapped(true)));
            }
            throw new SplitDeliveryException(
                    code.kind(), List.of(new SplitProblem.DoesNotMatchIssuedCode(code.kind())));
        } finally {
            if (!matches) {
                code.destroy();
            }
        }
    }

    private static boolean swappedMatches(SecretCode code, SplitRule rule, CodeReference reference) {
        byte[] given = code.toAsciiBytes();
        byte[] swapped = new byte[given.length];
        int half = rule.counterLength();
        System.arraycopy(given, half, swapped, 0, given.length - half);
        System.arraycopy(given, 0, swapped, given.length - half, half);
        Arrays.fill(given, (byte) 0);
        try (SecretCode candidate = SecretCode.ofChecked(code.kind(), code.format(), swapped)) {
            return reference.matches(candidate);
        }
    }

    private static void addLengthProblem(List<SplitProblem> problems, HalfRole role, SplitRule rule, int actual) {
        int expected = rule.lengthOf(role);
        if (actual != expected) {
            problems.add(new SplitProblem.HalfWrongLength(role, expected, actual));
        }
    }

    /** Inspects at most {@link CodeFormat#MAX_LENGTH} characters, so the problem list stays bounded. */
    private static void addCharacterProblems(
            List<SplitProblem> problems, HalfRole role, CodeFormat format, CharSequence half) {
        int inspected = Math.min(half.length(), CodeFormat.MAX_LENGTH);
        for (int i = 0; i < inspected; i++) {
            if (!format.allows(half.charAt(i))) {
                problems.add(new SplitProblem.HalfCharacterNotAllowed(role, i + 1, format.describeAlphabet()));
            }
        }
    }

    private static byte[] concatenate(CharSequence counter, CharSequence remote) {
        byte[] joined = new byte[counter.length() + remote.length()];
        for (int i = 0; i < counter.length(); i++) {
            joined[i] = (byte) counter.charAt(i);
        }
        for (int i = 0; i < remote.length(); i++) {
            joined[counter.length() + i] = (byte) remote.charAt(i);
        }
        return joined;
    }
}
