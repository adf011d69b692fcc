package io.tscns.cli.card;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns pin}: the PIN operations (<i>gestione del PIN</i>). */
@Command(
        name = "pin",
        mixinStandardHelpOptions = true,
        description = "Verify, change or unblock the card's PIN, or ask how many tries are left.",
        subcommands = {PinVerifyCommand.class, PinChangeCommand.class, PinUnblockCommand.class, PinStatusCommand.class})
public final class PinCommand extends CommandGroup {}
