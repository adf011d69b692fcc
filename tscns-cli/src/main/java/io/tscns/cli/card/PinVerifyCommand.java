package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tscns pin verify}: checks the PIN on the card (<i>verifica del PIN</i>). */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check the PIN on the card. A wrong PIN spends a try; the answer says how many are left. On a "
                + "PIN-pad reader the PIN is typed on the reader's keypad.")
public final class PinVerifyCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            return PinOutcome.report(
                    open,
                    "verify",
                    secrets.verifyPin(open.card(), environment()),
                    "PIN",
                    "PIN verified.",
                    environment(),
                    json.enabled());
        }
    }
}
