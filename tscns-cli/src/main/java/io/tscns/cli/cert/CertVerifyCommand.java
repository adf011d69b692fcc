package io.tscns.cli.cert;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CertificateReports;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code tscns cert verify <file> --trust ...}: validates a CNS login certificate as a service provider does
 * (<i>verifica del certificato</i>), with tscns-auth's {@link CnsCertificateValidator} and its default policy: the
 * chain to a trusted CA, the policy, key usage and clientAuth, the CN, and revocation against the CRLs given. The
 * exit code follows the verdict: 0 accepted, 6 refused, 7 revoked.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Validate a CNS login certificate against trusted CAs and CRLs, as a service provider does at "
                + "login. Exit code: 0 accepted, 6 refused, 7 revoked.")
public final class CertVerifyCommand extends TscnsCommand {

    @Parameters(paramLabel = "FILE", description = "The certificate, PEM or DER.")
    private Path file;

    @Mixin
    private TrustOptions trust;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Validate at this instant (ISO-8601, e.g. 2026-01-31T12:00:00Z) instead of now.")
    private Instant at;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        Clock clock = at == null ? environment().clock() : Clock.fixed(at, ZoneOffset.UTC);
        X509Certificate certificate = InputFiles.certificate(file);
        TrustAnchors anchors = trust.anchors(clock);
        Optional<RevocationChecker> revocation = Optional.empty();
        if (!trust.crls().isEmpty()) {
            CrlRevocationChecker checker = new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock,
                    CrlLimits.DEFAULT);
            for (Path crl : trust.crls()) {
                TrustOptions.Loaded loaded = TrustOptions.load(crl, anchors.certificates());
                checker.put(loaded.list(), loaded.issuer());
            }
            revocation = Optional.of(checker);
        }
        Verdict verdict = new CnsCertificateValidator(anchors, ValidationPolicy.DEFAULT, revocation, clock)
                .validate(certificate);
        Report report = new Report().put("checkedAt", "Checked at", clock.instant().toString());
        ExitCode exit;
        if (verdict instanceof Verdict.Accepted accepted) {
            report.put("verdict", "Verdict", "accepted")
                    .put("identity", "Identity", CertificateReports.identity(accepted.identity()))
                    .put("revocation", "Revocation", describe(accepted.revocation()));
            exit = ExitCode.OK;
        } else {
            Verdict.Rejected rejected = (Verdict.Rejected) verdict;
            List<Report> reasons = new ArrayList<>();
            for (RejectionReason reason : rejected.reasons()) {
                reasons.add(new Report().put("code", "Code", reason.code())
                        .put("description", "Description", reason.describe()));
            }
            boolean revoked = rejected.has(RejectionReason.Revoked.class);
            report.put("verdict", "Verdict", revoked ? "revoked" : "rejected").put("reasons", "Reasons", reasons);
            exit = revoked ? ExitCode.CERTIFICATE_REVOKED : ExitCode.CERTIFICATE_REJECTED;
        }
        report.put("certificate", "Certificate", CertificateReports.summary(certificate, clock.instant()));
        report.print(environment().out(), json.enabled());
        return exit;
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
