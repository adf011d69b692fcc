package io.tscns.core.activation;

import java.util.Locale;
import java.util.Objects;

/** Normalisation and format checks of the text fields typed at the counter. */
final class InputText {

    private InputText() {}

    /**
     * Trims free text (a name, an issuing body) and checks it: not blank, not longer than {@code maxLength}, no
     * control character, at least one letter or digit.
     */
    static String freeText(String field, String value, int maxLength) {
        String text = trimmed(field, value, maxLength);
        boolean letterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || (Character.isSurrogate(c) && !validSurrogateAt(text, i))) {
                throw new InvalidActivationInputException(
                        new ActivationInputProblem.BadCharacter(field, i + 1, c, "no control character"));
            }
            letterOrDigit |= Character.isLetterOrDigit(c);
        }
        if (!letterOrDigit) {
            throw new InvalidActivationInputException(new ActivationInputProblem.NoLetterOrDigit(field));
        }
        return text;
    }

    /**
     * Trims a document number, checks it and turns it to upper case: 1 to {@code maxLength} characters among ASCII
     * letters, digits, space, {@code -}, {@code /} and {@code .}, with at least one letter or digit.
     */
    static String documentNumber(String field, String value, int maxLength) {
        String text = trimmed(field, value, maxLength);
        boolean letterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && c != ' ' && c != '-' && c != '/' && c != '.') {
                throw new InvalidActivationInputException(new ActivationInputProblem.BadCharacter(
                        field, i + 1, c, "an ASCII letter or digit, a space, '-', '/' or '.'"));
            }
            letterOrDigit |= alphanumeric;
        }
        if (!letterOrDigit) {
            throw new InvalidActivationInputException(new ActivationInputProblem.NoLetterOrDigit(field));
        }
        return text.toUpperCase(Locale.ROOT);
    }

    private static String trimmed(String field, String value, int maxLength) {
        Objects.requireNonNull(value, field);
        String text = value.strip();
        if (text.isEmpty()) {
            throw new InvalidActivationInputException(new ActivationInputProblem.Blank(field));
        }
        if (text.length() > maxLength) {
            throw new InvalidActivationInputException(
                    new ActivationInputProblem.TooLong(field, maxLength, text.length()));
        }
        return text;
    }

    private static boolean validSurrogateAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
