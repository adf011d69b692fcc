package io.tscns.core.audit;

import java.util.Objects;

/**
 * The last line of an audit export: the head the export reaches, sealed together with the export's anchor. Without
 * the key nobody can write a trailer, so an export cut short (entries and trailer removed at the end) is detected.
 * Immutable and thread-safe.
 *
 * @param head the head after the last entry of the export (the anchor if it has none)
 * @param seal the seal over the anchor and the head
 * @since 0.1.0
 */
public record AuditExportTrailer(AuditChainHead head, AuditSeal seal) {

    /**
     * Checks the fields.
     */
    public AuditExportTrailer {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(seal, "seal");
    }
}
