package io.tscns.core.internal;

import io.tscns.core.StableCode;
import java.util.HashMap;
import java.util.Map;

/**
 * Lookup maps of one {@link StableCode} enum, built once per type and shared by every thread. Building fails with
 * {@link IllegalStateException} if two constants share a code or an id, which is a programming error the frozen-code
 * tests catch first.
 *
 * @param <E> the enum type
 */
public final class StableCodeIndex<E extends Enum<E> & StableCode> {

    private static final ClassValue<StableCodeIndex<?>> INDEXES = new ClassValue<>() {
        @Override
        protected StableCodeIndex<?> computeValue(Class<?> type) {
            return build(type.asSubclass(Enum.class));
        }
    };

    private final Map<Integer, E> byCode;
    private final Map<String, E> byId;

    private StableCodeIndex(Class<E> type) {
        Map<Integer, E> codes = new HashMap<>();
        Map<String, E> ids = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            if (codes.put(constant.code(), constant) != null || ids.put(constant.id(), constant) != null) {
                throw new IllegalStateException(
                        type.getName() + " reuses code " + constant.code() + " or id '" + constant.id() + "'");
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byId = Map.copyOf(ids);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static StableCodeIndex<?> build(Class<? extends Enum> type) {
        return new StableCodeIndex(type);
    }

    /**
     * Returns the index of an enum type.
     *
     * @param type the enum class
     * @param <E>  the enum type
     * @return the shared index
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & StableCode> StableCodeIndex<E> of(Class<E> type) {
        return (StableCodeIndex<E>) INDEXES.get(type);
    }

    /**
     * Returns the constant with a code, or {@code null}.
     *
     * @param code the numeric code
     * @return the constant, or {@code null} if none has that code
     */
    public E byCode(int code) {
        return byCode.get(code);
    }

    /**
     * Returns the constant with an id, or {@code null}.
     *
     * @param id the string id
     * @return the constant, or {@code null} if none has that id
     */
    public E byId(String id) {
        return byId.get(id);
    }
}
