package io.tscns.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies audit chains (<i>verifica di integrità del registro</i>) with a key ring: walks the entries once, in
 * constant memory, and reports either that every entry is intact or the first position where an entry is wrong or
 * missing, and why.
 *
 * <p>What it detects: a changed field of any entry (hash or seal mismatch), a deleted entry (sequence gap), moved or
 * repeated entries (sequence gap or out of order), a rewritten link, a seal by an unknown key or an unsupported
 * algorithm. A deletion at the very end leaves no trace inside the entries; it is detected against a
 * <em>checkpoint</em> (a head recorded earlier and kept apart, e.g. printed in a report or stored by the auditor)
 * and, for exports, against the sealed trailer. Someone holding a sealing key can rewrite the chain after the last
 * checkpoint: keep keys away from those whose actions are traced.
 *
 * <p>Thread-safe, if the key ring is not closed meanwhile.
 *
 * @since 0.1.0
 */
public final class AuditVerifier {

    private final AuditKeyRing ring;

    /**
     * Creates a verifier.
     *
     * @param ring the keys whose seals are accepted
     */
    public AuditVerifier(AuditKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /**
     * Verifies a whole chain, from its first entry. Entries from a database cursor can be passed as
     * {@code stream::iterator}.
     *
     * @param entries the entries in stored order
     * @return intact, or broken at the first wrong or missing entry
     * @throws DestroyedAuditKeyException if a key of the ring has been destroyed
     */
    public AuditVerification verify(Iterable<? extends AuditEntry> entries) {
        return verifySegment(AuditChainHead.GENESIS, entries, Optional.empty());
    }

    /**
     * Verifies a whole chain, from its first entry, and checks that it reaches a checkpoint with the checkpoint's
     * hash, so that entries deleted at the end are detected.
     *
     * @param entries    the entries in stored order
     * @param checkpoint a head the chain is known to have reached
     * @return intact, or broken at the first wrong or missing entry ({@link AuditDefect.Truncated} if it ends
     *         before the checkpoint)
     * @throws DestroyedAuditKeyException if a key of the ring has been destroyed
     */
    public AuditVerification verify(Iterable<? extends AuditEntry> entries, AuditChainHead checkpoint) {
        return verifySegment(AuditChainHead.GENESIS, entries, Optional.of(checkpoint));
    }

    /**
     * Verifies a part of a chain: entries that follow {@code anchor}, for instance those appended since the last
     * verified export. Positions in the result count from the first entry given (index 0).
     *
     * @param anchor     the head the first entry must follow
     * @param entries    the entries in stored order
     * @param checkpoint a head at or after {@code anchor} that the entries must reach, if known
     * @return intact (the count of entries walked and the head reached), or broken at the first wrong or missing
     *         entry
     * @throws InvalidAuditValueException if the checkpoint lies before the anchor
     * @throws DestroyedAuditKeyException if a key of the ring has been destroyed
     */
    public AuditVerification verifySegment(
            AuditChainHead anchor, Iterable<? extends AuditEntry> entries, Optional<AuditChainHead> checkpoint) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (checkpoint.isPresent() && checkpoint.get().sequence() < anchor.sequence()) {
            throw new InvalidAuditValueException(
                    "checkpoint",
                    InvalidAuditValueException.Reason.OUT_OF_RANGE,
                    "checkpoint " + checkpoint.get().sequence() + " lies before the anchor " + anchor.sequence());
        }
        ChainWalk walk = new ChainWalk(ring, anchor, checkpoint);
        if (checkpoint.isPresent()
                && checkpoint.get().sequence() == anchor.sequence()
                && !checkpoint.get().equals(anchor)) {
            return walk.broken(new AuditDefect.CheckpointMismatch(anchor.sequence()));
        }
        for (AuditEntry entry : entries) {
            Optional<AuditVerification.Broken> broken = walk.accept(Objects.requireNonNull(entry, "entry"));
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walk.finish();
    }

    /**
     * Verifies what one entry proves on its own: that its hash matches its content and its seal is valid. It cannot
     * tell whether the entry is linked to the right predecessor. A store re-opening its chain after a restart uses it
     * on its last entry; the {@link AuditVerification.Intact#head()} returned is the head to
     * {@linkplain AuditChain#resume resume} from. Only a full verification against a checkpoint proves that no
     * entry was removed at the end before the restart.
     *
     * @param entry the entry
     * @return intact with count 1 and the entry's head, or broken at index 0
     * @throws DestroyedAuditKeyException if a key of the ring has been destroyed
     */
    public AuditVerification verifyEntry(AuditEntry entry) {
        return verifySegment(entry.previousHead(), List.of(entry), Optional.empty());
    }

    /**
     * Verifies an export read from a stream, one line at a time: the header, every entry, and the sealed trailer.
     * Positions count entries from 0; a problem in the header is reported at index 0 and one in the trailer (or
     * after it) at the index after the last entry. A malformed line is reported as
     * {@link AuditDefect.MalformedExport} at its position, never thrown.
     *
     * @param in the export; read to its end (or to the first break), not closed
     * @return intact (the count of entries and the head reached), or broken at the first wrong or missing entry
     * @throws IOException                if reading fails
     * @throws DestroyedAuditKeyException if a key of the ring has been destroyed
     */
    public AuditVerification verifyExport(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        AuditExportReader reader;
        try {
            reader = AuditExport.open(in);
        } catch (MalformedAuditExportException e) {
            return new ChainWalk(ring, AuditChainHead.GENESIS, Optional.empty())
                    .broken(new AuditDefect.MalformedExport(e.line(), e.problem()));
        }
        ChainWalk walk = new ChainWalk(ring, reader.anchor(), Optional.empty());
        try {
            for (Optional<AuditEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                Optional<AuditVerification.Broken> broken = walk.accept(entry.get());
                if (broken.isPresent()) {
                    return broken.get();
                }
            }
        } catch (MalformedAuditExportException e) {
            return walk.broken(new AuditDefect.MalformedExport(e.line(), e.problem()));
        }
        AuditExportTrailer trailer = reader.trailer().orElseThrow();
        Optional<AuditDefect> sealDefect = Seals.checkExport(ring, trailer.seal(), reader.anchor(), trailer.head());
        if (sealDefect.isPresent()) {
            return walk.broken(sealDefect.get());
        }
        long reached = walk.head().sequence();
        if (trailer.head().sequence() > reached) {
            return walk.broken(new AuditDefect.Truncated(trailer.head().sequence(), reached));
        }
        if (!trailer.head().equals(walk.head())) {
            return walk.broken(new AuditDefect.TrailerMismatch(trailer.head().sequence(), reached));
        }
        return walk.finish();
    }
}
