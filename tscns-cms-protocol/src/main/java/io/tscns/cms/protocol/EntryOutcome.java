package io.tscns.cms.protocol;

/**
 * The outcome of an operation in a card's history (<i>stato dell'operazione</i>, DM 2011 Allegato 2).
 *
 * @since 0.1.0
 */
public enum EntryOutcome {
    /** The operation was applied. */
    SUCCEEDED,
    /** The operation was refused by a rule (wrong CIP, illegal transition, ...). */
    REFUSED,
    /** The operation failed for a technical reason. */
    FAILED
}
