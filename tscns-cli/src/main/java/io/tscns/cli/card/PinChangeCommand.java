package io.tscns.cli.card;

import io.tscns.card.pin.VerificationResult;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.SecretInput;
import io.tscns.core.secret.Pin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tscns pin change}: sets a new PIN (<i>cambio del PIN</i>). */
@Command(
        name = "change",
        mixinStandardHelpOptions = true,
        description = "Change the PIN: asks for the current PIN, then the new one (twice at the terminal or on "
                + "a PIN-pad reader's keypad). With --pin-stdin: the current PIN, then the new PIN, one per line.")
public final class PinChangeCommand extends TscnsCommand {

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
                    open, "change", change(open), "PIN", "PIN changed.", environment(), json.enabled());
        }
    }

    private VerificationResult change(CardReaders.OpenCard open) {
        if (secrets.onReader(
                open.card(), environment(), "Enter on the reader the current PIN, then the new PIN twice.")) {
            return open.card().changePinOnReader();
        }
        SecretInput input = secrets.input(environment());
        try (Pin current = PinOutcome.pin(input.read("current PIN"));
                Pin replacement = PinOutcome.pin(input.readNew("new PIN"))) {
            return open.card().changePin(current, replacement);
        }
    }
}
