package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.AuditSegment;
import io.tscns.cms.sandbox.internal.domain.AuditTrail;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.Objects;

/**
 * Exports the audit chain, or a segment of it (<i>esportazione del registro</i>, DM 20 giugno 2011 Allegato 2,
 * traceability): checks that the chain has the entry the segment follows and answers with the segment, read once
 * the export's own entry is committed.
 */
public final class AuditExportHandler implements Handler<AuditExportHandler.Input, AuditSegment> {

    /**
     * The segment asked for.
     *
     * @param after the sequence number of the entry it follows (0: from the first)
     * @param limit how many entries at most
     */
    public record Input(long after, long limit) implements Command {
        /** Checks the components. */
        public Input {
            if (after < 0 || limit < 1) {
                throw new IllegalArgumentException("a segment follows an entry from 0 and holds at least one");
            }
        }

        @Override
        public Subject subject() {
            return Subject.NONE;
        }
    }

    private final AuditTrail trail;

    AuditExportHandler(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public AuditSegment handle(Input input, OperationContext context) {
        return trail.headAt(input.after())
                .map(anchor -> new AuditSegment(anchor, input.after(), input.limit()))
                .orElseThrow(() -> Lookups.refused(new Refusal.NoSuchAuditEntry(input.after())));
    }
}
