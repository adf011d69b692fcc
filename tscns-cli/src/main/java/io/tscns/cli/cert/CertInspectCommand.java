package io.tscns.cli.cert;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CertificateReports;
import io.tscns.cli.internal.InputFiles;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tscns cert inspect <file>}: what a certificate says (<i>esame del certificato</i>): the holder's CNS
 * identity, the policy classification, validity, key usage and every extension. It checks the form, not the trust:
 * use {@code cert verify} for that.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Show a certificate (PEM or DER): CNS identity, policy, validity, key usage, extensions. "
                + "Checks the form, not the trust (see `tscns cert verify`).")
public final class CertInspectCommand extends TscnsCommand {

    @Parameters(paramLabel = "FILE", description = "The certificate, PEM or DER.")
    private Path file;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        CertificateReports.inspection(
                        InputFiles.certificate(file), environment().clock().instant())
                .print(environment().out(), json.enabled());
        return ExitCode.OK;
    }
}
