package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditSealer;
import java.util.Optional;

/**
 * The committed audit chain, read (<i>registro delle operazioni</i>); the pipeline alone appends to it. Readings see
 * committed entries only and hold a page at a time. Thread-safe.
 */
public interface AuditTrail {

    /**
     * Returns the head of the chain right after an entry.
     *
     * @param sequence the entry's sequence number (0: the genesis head)
     * @return the head, or empty if the chain has no such entry
     */
    Optional<AuditChainHead> headAt(long sequence);

    /**
     * The committed entries after an entry, up to the head committed when this is called.
     *
     * @param after the sequence number the first entry follows (0: from the first entry)
     * @param limit how many entries at most
     * @return the entries, in order, read a page at a time as they are iterated
     */
    Iterable<AuditEntry> entries(long after, long limit);

    /**
     * Returns the sealer of the chain's entries (for the sealed trailer of an export).
     *
     * @return the sealer
     */
    AuditSealer sealer();
}
