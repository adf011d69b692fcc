package io.tscns.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Builds one valid instance of any record of a problem family, from plain values for its components: a record
 * added to a family later gets an instance with no change here, so the frozen-code test can read its code.
 */
final class ProblemSamples {

    private ProblemSamples() {}

    /**
     * Returns a value of a type: a small number, {@code 'A'}, {@code "x"}, a fixed date or instant, the first
     * constant of an enum, a record built from such values, or an instance of the first record a sealed interface
     * permits.
     *
     * @param type the type
     * @return a value of it
     * @throws AssertionError if the type is none of these
     */
    static Object sample(Class<?> type) {
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == char.class) {
            return 'A';
        }
        if (type == String.class) {
            return "x";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2020, 1, 1);
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type);
        }
        if (type.isSealed()) {
            return sample(type.getPermittedSubclasses()[0]);
        }
        throw new AssertionError("no sample value for " + type.getName() + "; teach ProblemSamples one");
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(ProblemSamples::sample).toArray();
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the sample values do not build a " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName(), e);
        }
    }
}
