package io.tscns.cli.cert;

import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.Verdict;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CertificateReports;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.Report;
import io.tscns.cli.internal.TrustOptions;
import io.tscns.cli.internal.TrustReports;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tscns cert verify <file> --trust ...}: validates a CNS login certificate as a service provider does
 * (<i>verifica del certificato</i>), with tscns-auth's {@link CnsCertificateValidator} and its default policy: the
 * chain to a trusted CA, the policy, key usage and clientAuth, the CN, and revocation against the CRLs given. The
 * exit code follows the verdict: 0 accepted, 6 refused, 7 revoked.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Validate a CNS login certificate against trusted CAs and CRLs, as a service provider does at "
                + "login. Exit code: 0 accepted, 6 refused, 7 revoked.")
public final class CertVerifyCommand extends TscnsCommand {

    @Parameters(paramLabel = "FILE", description = "The certificate, PEM or DER.")
    private Path file;

    @Mixin
    private TrustOptions trust;

    @Option(
            names = "--at",
            paramLabel = "INSTANT",
            description = "Validate at this instant (ISO-8601, e.g. 2026-01-31T12:00:00Z) instead of now.")
    private Instant at;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        Clock clock = at == null ? environment().clock() : Clock.fixed(at, ZoneOffset.UTC);
        X509Certificate certificate = InputFiles.certificate(file);
        Verdict verdict = trust.validate(certificate, clock);
        Report report = TrustReports.of(verdict, clock.instant());
        if (verdict instanceof Verdict.Accepted accepted) {
            report.put("identity", "Identity", CertificateReports.identity(accepted.identity()));
        }
        report.put("certificate", "Certificate", CertificateReports.summary(certificate, clock.instant()));
        report.print(environment().out(), json.enabled());
        return TrustReports.exitCode(verdict);
    }
}
