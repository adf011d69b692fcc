package io.tscns.core.audit;

import java.util.Optional;

/**
 * One pass over a chain, entry by entry, in constant memory: the checks every verification makes, whatever the
 * entries come from. Not thread-safe; one instance per verification.
 *
 * <p>Each entry is checked in this order, so that the first defect named is the most specific one: sequence number,
 * link to the entry before, hash of the content, seal, checkpoint.
 */
final class ChainWalk {

    private final AuditKeyRing ring;
    private final Optional<AuditChainHead> checkpoint;
    private AuditChainHead head;
    private long count;

    ChainWalk(AuditKeyRing ring, AuditChainHead anchor, Optional<AuditChainHead> checkpoint) {
        this.ring = ring;
        this.head = anchor;
        this.checkpoint = checkpoint;
    }

    /** Checks the next entry; returns the break if it is wrong, else advances past it. */
    Optional<AuditVerification.Broken> accept(AuditEntry entry) {
        long found = entry.sequence();
        if (head.sequence() == Long.MAX_VALUE || found < head.sequence() + 1) {
            return Optional.of(broken(new AuditDefect.OutOfOrder(expectedSequence(), found)));
        }
        if (found > head.sequence() + 1) {
            return Optional.of(broken(new AuditDefect.SequenceGap(expectedSequence(), found)));
        }
        if (!entry.previousHash().equals(head.hash())) {
            return Optional.of(broken(new AuditDefect.BrokenLink()));
        }
        if (!AuditCanonicalForm.entryHash(entry.previousHash(), found, entry.record())
                .equals(entry.hash())) {
            return Optional.of(broken(new AuditDefect.HashMismatch()));
        }
        Optional<AuditDefect> sealDefect = Seals.checkEntry(ring, entry.seal(), entry.hash());
        if (sealDefect.isPresent()) {
            return Optional.of(broken(sealDefect.get()));
        }
        if (checkpoint.isPresent()
                && checkpoint.get().sequence() == found
                && !checkpoint.get().hash().equals(entry.hash())) {
            return Optional.of(broken(new AuditDefect.CheckpointMismatch(found)));
        }
        head = entry.head();
        count++;
        return Optional.empty();
    }

    /** Ends the walk: broken if a checkpoint lies beyond the last entry, else intact. */
    AuditVerification finish() {
        if (checkpoint.isPresent() && checkpoint.get().sequence() > head.sequence()) {
            return broken(new AuditDefect.Truncated(checkpoint.get().sequence(), head.sequence()));
        }
        return new AuditVerification.Intact(count, head);
    }

    /** Reports a defect at the current position: the entry that would come next. */
    AuditVerification.Broken broken(AuditDefect defect) {
        return new AuditVerification.Broken(count, expectedSequence(), defect);
    }

    AuditChainHead head() {
        return head;
    }

    private long expectedSequence() {
        return head.sequence() == Long.MAX_VALUE ? Long.MAX_VALUE : head.sequence() + 1;
    }
}
