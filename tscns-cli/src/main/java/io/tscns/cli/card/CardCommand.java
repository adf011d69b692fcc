package io.tscns.cli.card;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns card}: simulated cards for testers (<i>carte simulate</i>), and transcripts of real cards. */
@Command(
        name = "card",
        mixinStandardHelpOptions = true,
        description = "Simulated TS-CNS cards for testing without a real card, and redacted transcripts of real "
                + "ones for bug reports.",
        subcommands = {CardServeCommand.class, CardCaptureCommand.class, CardReplayCommand.class})
public final class CardCommand extends CommandGroup {}
