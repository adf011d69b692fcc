package io.tscns.cli.card;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns card}: simulated cards for testers (<i>carte simulate</i>). */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Simulated TS-CNS cards for testing without a real card.",
        subcommands = CardServeCommand.class)
public final class CardCommand extends CommandGroup {
}
