package io.tscns.cli.demo;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.audit.AuditVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Step 13: the region's administrator exports the audit chain, verifies the export with the core
 * {@link AuditVerifier} and the sandbox's audit key, checks that the CMS's own verification agrees, and that the chain
 * names each operator who worked, the ASL operator who logged in with their card among them.
 */
final class AuditStep implements DemoStep {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String title() {
        return "the region exports and verifies the audit chain";
    }

    @Override
    public StepDetails run(DemoContext context) throws IOException {
        CmsClient admin = context.client(DemoContext.REGIONAL_ADMIN);
        String export = admin.exportAudit();
        AuditVerification verification = new AuditVerifier(context.cms().auditKeyRing())
                .verifyExport(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)));
        if (!(verification instanceof AuditVerification.Intact intact)) {
            throw new DemoCheckException("the exported audit chain does not verify: "
                    + ((AuditVerification.Broken) verification).defect().code());
        }
        // The CMS audits the export itself, so its chain is at least as long as the export.
        AuditVerificationView server = admin.verifyAudit();
        DemoCheckException.check(
                server.intact() && server.entries() >= intact.count(),
                "the CMS's verification disagrees: intact " + server.intact() + ", " + server.entries()
                        + " entries, the export has " + intact.count());
        // Every operator's work is in the chain under their own id, the one who logged in with a card included.
        List<String> operators = context.cms().auditEntries().stream()
                .map(entry -> entry.record().operatorId())
                .distinct()
                .sorted()
                .toList();
        DemoCheckException.check(
                operators.contains(DemoContext.ASL_OPERATOR),
                "the audit chain does not show " + DemoContext.ASL_OPERATOR + ", who logged in with a card: "
                        + operators);
        String head = intact.head().hash().toString();
        return StepDetails.summary(intact.count() + " entries by " + String.join(", ", operators) + ", verified, head #"
                        + intact.head().sequence() + " " + head.substring(0, 16) + "…")
                .put("operators", String.join(",", operators))
                .put("verified", true)
                .put("entries", intact.count())
                .put("headSequence", intact.head().sequence())
                .put("headHash", head)
                .put("exportBytes", export.length())
                .build();
    }
}
