package io.tscns.core.audit;

import java.util.Objects;

/**
 * Seals new audit entries with one key (<i>apposizione del sigillo</i>). This is the pure step of appending: given
 * the head of a chain and a record, it returns the next entry, and changes nothing anywhere.
 *
 * <p>A store that keeps its entries elsewhere (a SQL table) appends with it directly, serialising appends itself so
 * that each entry is sealed against the head the store really has, in the same transaction that inserts it:
 * <pre>{@code
 * // under the store's lock or in a transaction that locks the head row:
 * AuditEntry entry = sealer.seal(head, record);
 * insert(entry);          // commit
 * head = entry.head();    // only after the commit
 * }</pre>
 * {@link AuditChain} does the same in memory.
 *
 * <p>Thread-safe: it keeps no state besides the key.
 *
 * @since 0.1.0
 */
public final class AuditSealer {

    private final AuditKey key;

    /**
     * Creates a sealer. It uses the key without copying it, so destroying the key (or closing a ring that holds
     * it) stops the sealer.
     *
     * @param key the current sealing key
     */
    public AuditSealer(AuditKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * Returns the id of the key this sealer writes in its seals.
     *
     * @return the key id
     */
    public String keyId() {
        return key.keyId();
    }

    /**
     * Makes the entry that follows a head.
     *
     * @param previous the head of the chain before the new entry
     * @param record   the record to append
     * @return the sealed entry, with sequence number {@code previous.sequence() + 1}
     * @throws DestroyedAuditKeyException if the key has been destroyed
     * @throws InvalidAuditValueException if the head already has the largest sequence number
     */
    public AuditEntry seal(AuditChainHead previous, AuditRecord record) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(record, "record");
        long sequence = previous.nextSequence();
        AuditHash hash = AuditCanonicalForm.entryHash(previous.hash(), sequence, record);
        return new AuditEntry(sequence, previous.hash(), record, hash, Seals.sealEntry(key, hash));
    }

    /** Seals the trailer of an export from {@code anchor} to {@code head}. */
    AuditSeal sealExport(AuditChainHead anchor, AuditChainHead head) {
        return Seals.sealExport(key, anchor, head);
    }

    /**
     * Returns the key id; never key material.
     *
     * @return a description naming the key id
     */
    @Override
    public String toString() {
        return "AuditSealer[" + key.keyId() + "]";
    }
}
