package io.tscns.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command prints (<i>esito del comando</i>): an ordered tree of entries, each with a JSON key and a label for
 * people, printed either as aligned text or, with {@code --json}, as one JSON document with exactly the same data.
 * A value is a {@code String}, a {@code Number}, a {@code Boolean}, a nested {@code Report}, a {@code List} of
 * those, or an {@code Optional} of one: an empty {@code Optional} is JSON {@code null} and the text
 * {@value #UNKNOWN}, for a value a script must find under its key even when the card or file did not give it. Not
 * thread-safe; a command builds one and prints it.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the text shows an empty {@code Optional}. */
    static final String UNKNOWN = "(none)";

    private record Entry(String key, String label, Object value) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Adds an entry.
     *
     * @param key   the JSON key, camelCase
     * @param label the label people read
     * @param value the value
     * @return this report
     * @throws IllegalArgumentException if the value is of another type
     */
    public Report put(String key, String label, Object value) {
        check(value);
        entries.add(new Entry(Objects.requireNonNull(key, "key"), Objects.requireNonNull(label, "label"), value));
        return this;
    }

    /**
     * Adds an entry if the value is present.
     *
     * @param key   the JSON key
     * @param label the label
     * @param value the value, or empty to add nothing
     * @return this report
     */
    public Report putIfPresent(String key, String label, Optional<?> value) {
        value.ifPresent(v -> put(key, label, v));
        return this;
    }

    /**
     * Prints the report.
     *
     * @param out  where to
     * @param json {@code true} for JSON, {@code false} for text
     */
    public void print(PrintStream out, boolean json) {
        if (json) {
            out.println(toJson().toPrettyString());
        } else {
            printText(out, "");
        }
        out.flush();
    }

    /**
     * Returns the report as a JSON object.
     *
     * @return the object
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Entry entry : entries) {
            node.set(entry.key(), json(entry.value()));
        }
        return node;
    }

    /**
     * Returns the report as one line of compact JSON, for streams of events.
     *
     * @return the line
     */
    public String toJsonLine() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings, numbers and booleans always serialises", e);
        }
    }

    /**
     * Returns the values of the report on one line, two spaces apart, for streams of events.
     *
     * @return the line
     */
    public String toTextLine() {
        return String.join("  ", entries.stream().map(e -> text(e.value())).toList());
    }

    private static JsonNode json(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? json(optional.get()) : nodes.nullNode();
        }
        if (value instanceof Report report) {
            return report.toJson();
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(json(item)));
            return array;
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Number n) {
            return nodes.numberNode(n.doubleValue());
        }
        return nodes.textNode((String) value);
    }

    private void printText(PrintStream out, String indent) {
        int width = entries.stream().mapToInt(e -> e.label().length()).max().orElse(0) + 2;
        for (Entry entry : entries) {
            String label = indent + entry.label() + ":";
            Object value = entry.value();
            if (value instanceof Report nested) {
                out.println(label);
                nested.printText(out, indent + "  ");
            } else if (value instanceof List<?> list) {
                out.println(label + (list.isEmpty() ? padding(width, entry) + "(none)" : ""));
                for (Object item : list) {
                    if (item instanceof Report nested) {
                        out.println(indent + "  -");
                        nested.printText(out, indent + "    ");
                    } else {
                        out.println(indent + "  - " + text(item));
                    }
                }
            } else {
                out.println(label + padding(width, entry) + text(value));
            }
        }
    }

    private static String padding(int width, Entry entry) {
        return " ".repeat(width - entry.label().length() - 1);
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? text(optional.get()) : UNKNOWN;
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String s = String.valueOf(value);
        return s.isEmpty() ? "(empty)" : s;
    }

    private static void check(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(Report::check);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(Report::check);
        } else if (!(value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Report)) {
            throw new IllegalArgumentException("a report holds strings, numbers, booleans, reports and lists, not "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }
}
