package io.tscns.testkit.cms.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.tscns.testkit.cms.internal.engine.CmsRefusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads typed fields from a parsed JSON request body, refusing a missing or malformed one with
 * {@code malformed-request} naming the field (never its value).
 */
final class HttpRequest {

    private HttpRequest() {
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw malformed(field, "must be an object");
        }
        return node;
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw malformed(field, "must be a non-empty string");
        }
        return node.asText();
    }

    static Optional<String> optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(text(parent, field));
    }

    static boolean bool(JsonNode parent, String field, boolean fallback) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw malformed(field, "must be true or false");
        }
        return node.asBoolean();
    }

    static LocalDate date(JsonNode parent, String field) {
        try {
            return LocalDate.parse(text(parent, field));
        } catch (DateTimeParseException e) {
            throw malformed(field, "must be a date yyyy-mm-dd");
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type) {
        String value = text(parent, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw malformed(field, "is not one of the allowed values");
        }
    }

    static CmsRefusal malformed(String field, String rule) {
        return new CmsRefusal("malformed-request", 400, "field '" + field + "' " + rule);
    }
}
