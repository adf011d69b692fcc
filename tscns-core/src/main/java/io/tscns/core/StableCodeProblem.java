package io.tscns.core;

import java.util.Objects;

/**
 * Why a {@link StableCode} lookup failed: a numeric code or string id read from storage or a message matches no
 * constant of the type. Carried by {@link UnknownCodeException}; the record never holds the value that was looked
 * up, which comes from outside.
 *
 * @since 0.1.0
 */
public sealed interface StableCodeProblem extends Problem {

    /**
     * No constant of the type has the numeric code or string id given.
     *
     * @param type the simple name of the type looked up, e.g. {@code CardState}
     */
    record UnknownCode(String type) implements StableCodeProblem {
        /**
         * Checks the component.
         */
        public UnknownCode {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String describe() {
            return "no " + type + " has this code or id";
        }
    }
}
