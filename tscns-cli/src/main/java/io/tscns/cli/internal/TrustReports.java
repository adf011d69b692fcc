package io.tscns.cli.internal;

import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import io.tscns.cli.ExitCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes a validator's verdict for people and scripts (<i>esito della verifica di fiducia</i>), the same way in
 * {@code cert verify} and {@code read --trust}: whether the certificate is trusted, whether it is revoked (when and
 * why), what revocation checking found, and every reason for a refusal with its stable code.
 */
public final class TrustReports {

    private TrustReports() {}

    /**
     * Describes a verdict.
     *
     * @param verdict   the verdict
     * @param checkedAt the instant it was reached at
     * @return {@code checkedAt}, {@code verdict} ({@code accepted}, {@code rejected} or {@code revoked}),
     *         {@code trusted}, {@code revoked}, {@code revocationDate} and {@code revocationReason} when revoked,
     *         {@code revocation} (what revocation checking found) and {@code rejectionReasons}
     */
    public static Report of(Verdict verdict, Instant checkedAt) {
        Optional<RejectionReason.Revoked> revoked = revocation(verdict);
        Report report = new Report()
                .put("checkedAt", "Checked at", checkedAt.toString())
                .put(
                        "verdict",
                        "Verdict",
                        verdict instanceof Verdict.Accepted ? "accepted" : revoked.isPresent() ? "revoked" : "rejected")
                .put("trusted", "Trusted", verdict instanceof Verdict.Accepted)
                .put("revoked", "Revoked", revoked.isPresent());
        revoked.ifPresent(r -> report.put(
                        "revocationDate", "Revoked at", r.revocationDate().toString())
                .putIfPresent(
                        "revocationReason", "Revocation reason", r.reason().map(Enum::name)));
        report.put(
                "revocation",
                "Revocation",
                verdict instanceof Verdict.Accepted accepted
                        ? describe(accepted.revocation())
                        : revoked.map(r -> "revoked (" + r.source() + ")").orElse("see the reasons"));
        List<Report> reasons = new ArrayList<>();
        if (verdict instanceof Verdict.Rejected rejected) {
            for (RejectionReason reason : rejected.reasons()) {
                reasons.add(new Report()
                        .put("code", "Code", reason.code())
                        .put("description", "Description", reason.describe()));
            }
        }
        return report.put("rejectionReasons", "Rejection reasons", reasons);
    }

    /**
     * Returns the exit code a verdict gives.
     *
     * @param verdict the verdict
     * @return {@link ExitCode#OK} if accepted, {@link ExitCode#CERTIFICATE_REVOKED} if revoked,
     *         {@link ExitCode#CERTIFICATE_REJECTED} otherwise
     */
    public static ExitCode exitCode(Verdict verdict) {
        if (verdict instanceof Verdict.Accepted) {
            return ExitCode.OK;
        }
        return revocation(verdict).isPresent() ? ExitCode.CERTIFICATE_REVOKED : ExitCode.CERTIFICATE_REJECTED;
    }

    private static Optional<RejectionReason.Revoked> revocation(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejected) {
            return rejected.reasons().stream()
                    .filter(RejectionReason.Revoked.class::isInstance)
                    .map(RejectionReason.Revoked.class::cast)
                    .findFirst();
        }
        return Optional.empty();
    }

    private static String describe(RevocationStatus status) {
        if (status instanceof RevocationStatus.Good good) {
            return "good (" + good.source() + " of " + good.thisUpdate() + ")";
        }
        if (status instanceof RevocationStatus.Unknown unknown) {
            return "unknown: " + unknown.cause().describe();
        }
        return "revoked";
    }
}
