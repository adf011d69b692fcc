package io.tscns.cms.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks of free-text and list fields of the wire records; failures are {@link CmsProtocolException}s. */
final class WireText {

    private WireText() {}

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(field));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new CmsProtocolException(new ProtocolProblem.InvalidValue(field));
            }
        }
        return value;
    }

    static Optional<String> optionalText(String field, Optional<String> value, int max) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> text(field, v, max));
        return value;
    }

    static <T> List<T> list(String field, List<T> value, int max) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > max) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(field));
        }
        for (T element : value) {
            if (element == null) {
                throw new CmsProtocolException(new ProtocolProblem.InvalidValue(field));
            }
        }
        return List.copyOf(value);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(field));
        }
        return value;
    }
}
