package io.tscns.cli.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a demo step saw (<i>dettagli del passo</i>): a one-line summary for people and named values (strings,
 * numbers, booleans) for programs, in the order the step put them. Never holds a secret. Immutable once built.
 *
 * @param summary the line shown after {@code ok}
 * @param values  the values, in order
 */
public record StepDetails(String summary, Map<String, Object> values) {

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if a value is not a string, number or boolean
     */
    public StepDetails {
        Objects.requireNonNull(summary, "summary");
        values.forEach((key, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("detail " + key + " is not a string, number or boolean");
            }
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Starts the details of a step.
     *
     * @param summary the one-line summary
     * @return a builder
     */
    public static Builder summary(String summary) {
        return new Builder(summary);
    }

    /** Collects the values of a step's details. Not thread-safe. */
    public static final class Builder {
        private final String summary;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        /**
         * Adds a value.
         *
         * @param key   the name, camelCase
         * @param value a string, number or boolean
         * @return this builder
         */
        public Builder put(String key, Object value) {
            values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
            return this;
        }

        /**
         * Returns the details.
         *
         * @return the details
         */
        public StepDetails build() {
            return new StepDetails(summary, values);
        }
    }
}
