package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules every text field of the audit trail follows: bounded length, well-formed Unicode (an unpaired surrogate
 * has no UTF-8 encoding, so two different strings could otherwise hash alike), and the grammar of stable codes.
 */
final class AuditText {

    /** Longest stable code (operation, outcome reason, key id). */
    static final int MAX_CODE_LENGTH = 64;

    private AuditText() {}

    /**
     * Checks a free text field: not empty, at most {@code maxChars} UTF-16 units, well-formed.
     */
    static String text(String field, String value, int maxChars) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty()) {
            throw new InvalidAuditValueException(field, Reason.EMPTY, "must not be empty");
        }
        return textAllowingEmpty(field, value, maxChars);
    }

    /** Checks an optional free text field: absent, or present and valid as {@link #text}. */
    static Optional<String> optionalText(String field, Optional<String> value, int maxChars) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> text(field, v, maxChars));
        return value;
    }

    /** Checks a text that may be empty: at most {@code maxChars} UTF-16 units, well-formed. */
    static String textAllowingEmpty(String field, String value, int maxChars) {
        Objects.requireNonNull(value, field);
        if (value.length() > maxChars) {
            throw new InvalidAuditValueException(
                    field, Reason.TOO_LONG, "has " + value.length() + " characters; at most " + maxChars + " allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidAuditValueException(
                        field, Reason.ILL_FORMED_UNICODE, "unpaired UTF-16 surrogate at index " + i);
            }
        }
        return value;
    }

    /**
     * Checks a stable code: 1 to {@value #MAX_CODE_LENGTH} characters, an ASCII letter or digit first, then ASCII
     * letters, digits, {@code .}, {@code _} or {@code -}.
     */
    static String code(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty()) {
            throw new InvalidAuditValueException(field, Reason.EMPTY, "must not be empty");
        }
        if (value.length() > MAX_CODE_LENGTH) {
            throw new InvalidAuditValueException(
                    field,
                    Reason.TOO_LONG,
                    "has " + value.length() + " characters; at most " + MAX_CODE_LENGTH + " allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) {
                throw new InvalidAuditValueException(
                        field,
                        Reason.SYNTAX,
                        "character at index " + i
                                + " is not allowed; a code is an ASCII letter or digit followed by letters, digits, '.', '_'"
                                + " or '-'");
            }
        }
        return value;
    }
}
