package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Objects;

/**
 * The position of a chain after some entry (<i>testa della catena</i>): the sequence number of the last entry and
 * its hash. The next entry gets sequence number {@code sequence + 1} and links to {@code hash}.
 *
 * <p>A head is what a store keeps to re-open a chain after a restart ({@link AuditChain#resume}), what an exporter
 * writes as the anchor of a partial export, and what a checkpoint published elsewhere pins, so that a later
 * verification detects a truncated tail. {@link #GENESIS} is the head of the empty chain. Immutable and thread-safe.
 *
 * @param sequence the sequence number of the last entry; 0 for the empty chain
 * @param hash     the hash of the last entry; {@link AuditHash#ZERO} for the empty chain
 * @since 0.1.0
 */
public record AuditChainHead(long sequence, AuditHash hash) {

    /** The head of the empty chain: sequence 0 and the all-zero hash. */
    public static final AuditChainHead GENESIS = new AuditChainHead(0, AuditHash.ZERO);

    /**
     * Checks the fields.
     *
     * @throws InvalidAuditValueException if the sequence number is negative
     */
    public AuditChainHead {
        if (sequence < 0) {
            throw new InvalidAuditValueException("head.sequence", Reason.OUT_OF_RANGE, "must not be negative");
        }
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * Returns the sequence number the next entry gets.
     *
     * @return {@code sequence + 1}
     * @throws InvalidAuditValueException if the sequence numbers are exhausted
     */
    public long nextSequence() {
        if (sequence == Long.MAX_VALUE) {
            throw new InvalidAuditValueException(
                    "head.sequence", Reason.OUT_OF_RANGE, "the chain has used every sequence number");
        }
        return sequence + 1;
    }

    /**
     * Returns the text form {@code <sequence>:<hash hex>}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return sequence + ":" + hash.toHex();
    }
}
