package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Objects;

/**
 * One link of the audit chain (<i>voce del registro</i>): a record with its sequence number, the hash of the entry
 * before it, its own hash and its seal.
 *
 * <p>{@code hash} is SHA-256 over {@code previousHash} and the {@linkplain AuditCanonicalForm canonical encoding} of
 * the sequence number and the record; {@code seal} is an HMAC over the hash. Sequence numbers start at 1 and rise by
 * one, so a missing number exposes a deleted entry; the hash link exposes a changed or moved one; the seal makes a
 * rewritten entry detectable by anyone without the key. An entry is a plain value: it may hold anything a store
 * returns, and only {@link AuditVerifier} says whether it is intact. Immutable and thread-safe.
 *
 * @param sequence     the sequence number, from 1
 * @param previousHash the hash of the entry before; {@link AuditHash#ZERO} before the first entry
 * @param record       the traced operation
 * @param hash         the hash of this entry
 * @param seal         the seal over the hash
 * @since 0.1.0
 */
public record AuditEntry(long sequence, AuditHash previousHash, AuditRecord record, AuditHash hash, AuditSeal seal) {

    /**
     * Checks the fields.
     *
     * @throws InvalidAuditValueException if the sequence number is below 1
     */
    public AuditEntry {
        if (sequence < 1) {
            throw new InvalidAuditValueException("sequence", Reason.OUT_OF_RANGE, "must be at least 1");
        }
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(seal, "seal");
    }

    /**
     * Returns the head of the chain after this entry.
     *
     * @return this entry's sequence number and hash
     */
    public AuditChainHead head() {
        return new AuditChainHead(sequence, hash);
    }

    /**
     * Returns the head this entry claims to follow.
     *
     * @return the previous sequence number and {@link #previousHash()}
     */
    public AuditChainHead previousHead() {
        return new AuditChainHead(sequence - 1, previousHash);
    }
}
