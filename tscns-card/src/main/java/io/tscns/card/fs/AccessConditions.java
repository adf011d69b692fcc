package io.tscns.card.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * The access conditions of a file (<i>condizioni di accesso</i>): the nine bytes of tag 86 of a CNS FCP, one per
 * operation, decoded as OpenSC does; a missing byte counts as "never" ({@code docs/card.md §1.2}). The order of the
 * operations differs between EFs ({@link EfOperation}) and DFs ({@link DfOperation}). Immutable.
 *
 * @param conditions the nine conditions, in attribute-byte order
 * @since 0.1.0
 */
public record AccessConditions(List<AccessCondition> conditions) {

    /** How many attribute bytes a CNS FCP carries. */
    public static final int COUNT = 9;

    /** The operations on an elementary file, in attribute-byte order. */
    public enum EfOperation {
        /** READ BINARY (<i>lettura</i>). */
        READ,
        /** UPDATE BINARY (<i>aggiornamento</i>). */
        UPDATE,
        /** WRITE or APPEND. */
        WRITE,
        /** INVALIDATE. */
        INVALIDATE,
        /** REHABILITATE. */
        REHABILITATE,
        /** ERASE. */
        ERASE,
        /** Administration. */
        ADMIN,
        /** INCREASE. */
        INCREASE,
        /** DECREASE. */
        DECREASE
    }

    /** The operations on a dedicated file, in attribute-byte order. */
    public enum DfOperation {
        /** Change of life cycle. */
        LIFE_CYCLE,
        /** Update of objects. */
        UPDATE_OBJECTS,
        /** Append of objects. */
        APPEND_OBJECTS,
        /** INVALIDATE. */
        INVALIDATE,
        /** REHABILITATE. */
        REHABILITATE,
        /** DELETE FILE. */
        DELETE,
        /** Administration. */
        ADMIN,
        /** CREATE FILE. */
        CREATE,
        /** Reserved. */
        RESERVED
    }

    /**
     * Checks that there are nine conditions.
     *
     * @throws IllegalArgumentException if there are not
     */
    public AccessConditions {
        conditions = List.copyOf(conditions);
        if (conditions.size() != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " access conditions; got " + conditions.size());
        }
    }

    /**
     * Decodes security-attribute bytes; bytes beyond the ninth are ignored, missing ones mean "never".
     *
     * @param attributes the value of tag 86
     * @return the conditions
     */
    public static AccessConditions decode(byte[] attributes) {
        List<AccessCondition> list = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            list.add(i < attributes.length ? AccessCondition.of(attributes[i] & 0xFF) : AccessCondition.NEVER);
        }
        return new AccessConditions(list);
    }

    /**
     * Returns the condition of an operation on an elementary file.
     *
     * @param operation the operation
     * @return its condition
     */
    public AccessCondition of(EfOperation operation) {
        return conditions.get(operation.ordinal());
    }

    /**
     * Returns the condition of an operation on a dedicated file.
     *
     * @param operation the operation
     * @return its condition
     */
    public AccessCondition of(DfOperation operation) {
        return conditions.get(operation.ordinal());
    }
}
