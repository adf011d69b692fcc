package io.tscns.cli.cert;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns crl}: certificate revocation list tools (<i>liste di revoca</i>). */
@Command(
        name = "crl",
        mixinStandardHelpOptions = true,
        description = "Certificate revocation list (CRL) tools.",
        subcommands = CrlStatsCommand.class)
public final class CrlCommand extends CommandGroup {}
