package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.AuditSegment;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;

/**
 * Verifies the audit chain (<i>verifica del registro</i>): answers with the whole chain as the segment to verify,
 * read once the verification's own entry is committed (outside the single writer, in bounded memory).
 */
public final class AuditVerifyHandler implements Handler<AuditVerifyHandler.Input, AuditSegment> {

    /** The verification asks for nothing. */
    public record Input() implements Command {
        @Override
        public Subject subject() {
            return Subject.NONE;
        }
    }

    AuditVerifyHandler() {}

    @Override
    public AuditSegment handle(Input input, OperationContext context) {
        return AuditSegment.whole();
    }
}
