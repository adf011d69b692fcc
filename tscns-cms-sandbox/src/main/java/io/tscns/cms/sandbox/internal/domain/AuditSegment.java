package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.audit.AuditChainHead;
import java.util.Objects;

/**
 * A part of the committed audit chain that an audit export or verification reads (<i>tratto del registro</i>): at
 * most {@code limit} entries after entry {@code after}, anchored at the head they follow. It is read once the
 * operation's own entry is committed, a page at a time, so it ends at the head committed then: the operation's own
 * entry included, whatever is appended while it is read left out.
 *
 * @param anchor the head the segment follows
 * @param after  the sequence number of the entry it follows (0: from the first)
 * @param limit  how many entries at most
 */
public record AuditSegment(AuditChainHead anchor, long after, long limit) {

    /**
     * Checks the components.
     */
    public AuditSegment {
        Objects.requireNonNull(anchor, "anchor");
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("a segment follows an entry from 0 and holds at least one");
        }
    }

    /**
     * The whole chain, from the genesis head.
     *
     * @return the segment
     */
    public static AuditSegment whole() {
        return new AuditSegment(AuditChainHead.GENESIS, 0, Long.MAX_VALUE);
    }
}
