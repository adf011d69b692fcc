package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.AuditSegment;
import io.tscns.cms.sandbox.internal.domain.AuditTrail;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.audit.AuditVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Reads segments of the committed audit chain (<i>lettura del registro</i>): verified with the sandbox's key, or
 * written in the core export format anchored at the head they follow, a page at a time (bounded memory whatever the
 * chain's length), outside the single writer. Thread-safe.
 */
public final class AuditReader {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    /**
     * Creates the reader.
     *
     * @param trail    the committed chain
     * @param verifier verifies with the sandbox's key ring
     */
    public AuditReader(AuditTrail trail, AuditVerifier verifier) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Verifies a segment.
     *
     * @param segment the segment
     * @return the verification
     */
    public AuditVerification verify(AuditSegment segment) {
        return verifier.verify(trail.entries(segment.after(), segment.limit()));
    }

    /**
     * Writes a segment in the core export format. Should reading fail half-way, the export stops without its sealed
     * trailer, which every reader of the format reports as a truncated export.
     *
     * @param segment the segment
     * @param out     where to write
     * @throws IOException if writing fails
     */
    public void export(AuditSegment segment, OutputStream out) throws IOException {
        AuditExport.write(out, segment.anchor(), trail.entries(segment.after(), segment.limit()), trail.sealer());
    }
}
