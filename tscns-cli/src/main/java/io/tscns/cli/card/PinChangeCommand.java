package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.SecretInput;
import io.tscns.core.secret.Pin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tscns pin change}: sets a new PIN (<i>cambio del PIN</i>). */
@Command(name = "change", mixinStandardHelpOptions = true,
        description = "Change the PIN: asks for the current PIN, then the new one (twice at the terminal). "
                + "With --pin-stdin: the current PIN, then the new PIN, one per line.")
public final class PinChangeCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        SecretInput input = secrets.input(environment());
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name());
             Pin current = PinOutcome.pin(input.read("current PIN"));
             Pin replacement = PinOutcome.pin(input.readNew("new PIN"))) {
            return PinOutcome.report(open, "change", open.card().changePin(current, replacement), "PIN",
                    "PIN changed.", environment(), json.enabled());
        }
    }
}
