package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.audit.AuditVerification;
import java.util.Optional;

/**
 * The result of verifying the CMS audit chain ({@code GET /audit/verification}), from core
 * {@link AuditVerification}.
 *
 * @param intact     whether the chain verifies
 * @param entries    entries verified (when intact) or the index of the first broken entry
 * @param defectCode the core {@code AuditDefect} code when broken
 * @param detail     the sentence describing the break
 * @since 0.1.0
 */
public record AuditVerificationView(
        boolean intact, long entries, Optional<String> defectCode, Optional<String> detail) {

    /** Checks the components. */
    public AuditVerificationView {
        WireText.optionalText("defectCode", required("defectCode", defectCode), 64);
        WireText.optionalText("detail", required("detail", detail), 1_000);
        if (intact == defectCode.isPresent()) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("defectCode"));
        }
    }

    /**
     * Returns the wire form of a core verification.
     *
     * @param verification the core result
     * @return the view
     */
    public static AuditVerificationView of(AuditVerification verification) {
        if (verification instanceof AuditVerification.Broken broken) {
            return new AuditVerificationView(
                    false, broken.index(), Optional.of(broken.defect().code()), Optional.of(broken.describe()));
        }
        AuditVerification.Intact intact = (AuditVerification.Intact) verification;
        return new AuditVerificationView(true, intact.count(), Optional.empty(), Optional.empty());
    }
}
