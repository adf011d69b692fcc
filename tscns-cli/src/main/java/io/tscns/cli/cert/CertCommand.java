package io.tscns.cli.cert;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns cert}: certificate tools for service providers (<i>strumenti per i certificati</i>). */
@Command(
        name = "cert",
        mixinStandardHelpOptions = true,
        description = "Inspect a CNS certificate, or verify it as a service provider would at login.",
        subcommands = {CertInspectCommand.class, CertVerifyCommand.class})
public final class CertCommand extends CommandGroup {}
