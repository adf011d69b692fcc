package io.tscns.core;

import io.tscns.core.internal.StableCodeIndex;
import java.util.Objects;

/**
 * A value with a frozen identity for storage and exchange, in the habit of EJBCA's revocation reasons
 * ({@code docs/prior-art.md §6}): a <strong>numeric code</strong> that never changes once published (databases store
 * it),
 * a <strong>stable string id</strong> (lower-case ASCII letters, digits, {@code -} and {@code .}; JSON, problem
 * documents and command lines use it) and the <strong>official Italian label</strong> an operator reads on a counter
 * screen or a form.
 *
 * <p>Enums of the domain that a Card Management System persists or exchanges implement this interface. Their
 * codes are pinned by tests: renumbering a constant fails the build. New constants take new codes; a code is never
 * reused, even after a constant is removed.
 *
 * <p>{@link #byCode(Class, int)} and {@link #byId(Class, String)} look a constant up and throw
 * {@link UnknownCodeException} for anything else. Lookups are thread-safe.
 *
 * @since 0.1.0
 */
public interface StableCode {

    /**
     * The three frozen parts of a stable code. Each constant of an implementing enum holds one.
     *
     * @param code         a positive number, unique within the type
     * @param id           lower-case ASCII letters, digits, {@code -} and {@code .}; unique within the type
     * @param italianLabel the official Italian term, as the sources write it
     */
    record Info(int code, String id, String italianLabel) {
        /**
         * Checks the parts; a failure is a programming error in an enum declaration.
         *
         * @throws IllegalArgumentException if the code is not positive, the id malformed or the label blank
         */
        public Info {
            if (code <= 0 || !id.matches("[a-z0-9.-]+") || italianLabel.isBlank()) {
                throw new IllegalArgumentException("malformed stable code " + code + " '" + id + "'");
            }
        }
    }

    /**
     * Returns the frozen parts of this value's code.
     *
     * @return the code, id and Italian label
     */
    Info info();

    /**
     * Returns the frozen numeric code.
     *
     * @return a positive number, unique within the type
     */
    default int code() {
        return info().code();
    }

    /**
     * Returns the stable string id.
     *
     * @return lower-case ASCII letters, digits, {@code -} and {@code .}; unique within the type
     */
    default String id() {
        return info().id();
    }

    /**
     * Returns the official Italian term for the value, as the sources write it.
     *
     * @return the Italian label
     */
    default String italianLabel() {
        return info().italianLabel();
    }

    /**
     * Finds the constant of an enum with the given numeric code.
     *
     * @param type the enum class
     * @param code the code read from storage or a message
     * @param <E>  the enum type
     * @return the constant
     * @throws UnknownCodeException if no constant has that code
     */
    static <E extends Enum<E> & StableCode> E byCode(Class<E> type, int code) {
        E found = StableCodeIndex.of(type).byCode(code);
        if (found == null) {
            throw new UnknownCodeException(type.getSimpleName(), Integer.toString(code));
        }
        return found;
    }

    /**
     * Finds the constant of an enum with the given string id. The comparison is exact (ids are lower case).
     *
     * @param type the enum class
     * @param id   the id read from storage or a message
     * @param <E>  the enum type
     * @return the constant
     * @throws UnknownCodeException if no constant has that id
     */
    static <E extends Enum<E> & StableCode> E byId(Class<E> type, String id) {
        Objects.requireNonNull(id, "id");
        E found = StableCodeIndex.of(type).byId(id);
        if (found == null) {
            throw new UnknownCodeException(type.getSimpleName(), id);
        }
        return found;
    }
}
