package io.tscns.core.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the characters of a code from a {@link CharSequence} (a {@code char[]} arrives wrapped by
 * {@link java.nio.CharBuffer#wrap(char[])}, which copies nothing and never builds a {@code String}).
 */
final class CodeParser {

    private CodeParser() {}

    /**
     * Checks the text against the format and returns its characters as ASCII bytes, which the caller then owns.
     * Characters past the format's maximum length are not inspected (the length is already wrong), so the number
     * of problems is at most {@code maxLength + 1} whatever the input.
     *
     * @throws InvalidSecretCodeException listing every problem found
     */
    static byte[] parse(CodeKind kind, CodeFormat format, CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        List<SecretCodeProblem> problems = new ArrayList<>();
        if (!format.allowsLength(length)) {
            problems.add(new SecretCodeProblem.WrongLength(length, format.minLength(), format.maxLength()));
        }
        int inspected = Math.min(length, format.maxLength());
        for (int i = 0; i < inspected; i++) {
            if (!format.allows(text.charAt(i))) {
                problems.add(new SecretCodeProblem.CharacterNotAllowed(i + 1, format.describeAlphabet()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSecretCodeException(kind, problems);
        }
        byte[] ascii = new byte[length];
        for (int i = 0; i < length; i++) {
            ascii[i] = (byte) text.charAt(i);
        }
        return ascii;
    }
}
