package io.tscns.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only audit chain held in memory (<i>registro delle operazioni</i>): records go in, each one sealed
 * against the entry before it; nothing can be changed or removed.
 *
 * <p>A chain either starts empty ({@link #start}) or resumes after entries kept elsewhere ({@link #resume}): then it
 * holds only the entries appended since, and its {@link #anchor()} is the head it resumed from. Resuming is explicit
 * because the head must come from somewhere trusted: the {@link AuditVerification.Intact#head()} of a verification
 * of the stored entries (or at least {@link AuditVerifier#verifyEntry} of the last one).
 *
 * <p>Thread-safe: appends are serialised, so concurrent callers get consecutive sequence numbers with no gap, and
 * each entry links to the one appended just before it.
 *
 * @since 0.1.0
 */
public final class AuditChain {

    private final AuditSealer sealer;
    private final AuditChainHead anchor;
    private final Object lock = new Object();
    private final List<AuditEntry> entries = new ArrayList<>();
    private AuditChainHead head;

    private AuditChain(AuditChainHead anchor, AuditSealer sealer) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.head = anchor;
    }

    /**
     * Starts an empty chain: its first entry gets sequence number 1 and links to {@link AuditHash#ZERO}.
     *
     * @param sealer the sealer of new entries
     * @return the chain
     */
    public static AuditChain start(AuditSealer sealer) {
        return new AuditChain(AuditChainHead.GENESIS, sealer);
    }

    /**
     * Continues a chain whose entries up to {@code head} are stored elsewhere. The sealer may use a newer key than
     * the stored entries (key roll-over); verifiers then need both keys.
     *
     * @param head   the verified head of the stored entries
     * @param sealer the sealer of new entries
     * @return a chain whose first entry follows {@code head}
     */
    public static AuditChain resume(AuditChainHead head, AuditSealer sealer) {
        return new AuditChain(head, sealer);
    }

    /**
     * Seals a record as the next entry and appends it.
     *
     * @param record the record
     * @return the new entry
     * @throws DestroyedAuditKeyException if the sealer's key has been destroyed
     */
    public AuditEntry append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        synchronized (lock) {
            AuditEntry entry = sealer.seal(head, record);
            entries.add(entry);
            head = entry.head();
            return entry;
        }
    }

    /**
     * Returns the head after the last entry.
     *
     * @return the current head; the anchor if nothing was appended
     */
    public AuditChainHead head() {
        synchronized (lock) {
            return head;
        }
    }

    /**
     * Returns the head this chain started from: {@link AuditChainHead#GENESIS}, or the head it resumed from.
     *
     * @return the anchor
     */
    public AuditChainHead anchor() {
        return anchor;
    }

    /**
     * Returns the entries appended to this chain, in order.
     *
     * @return an immutable snapshot
     */
    public List<AuditEntry> entries() {
        synchronized (lock) {
            return List.copyOf(entries);
        }
    }

    /**
     * Writes the entries of this chain as an {@linkplain AuditExport export} anchored at {@link #anchor()}, with a
     * trailer sealed by this chain's sealer. Appends made while the export is written are not in it.
     *
     * @param out where to write; not closed
     * @return the trailer written
     * @throws IOException if writing fails
     */
    public AuditExportTrailer exportTo(OutputStream out) throws IOException {
        return AuditExport.write(out, anchor, entries(), sealer);
    }
}
