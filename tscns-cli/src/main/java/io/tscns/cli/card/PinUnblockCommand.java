package io.tscns.cli.card;

import io.tscns.card.pin.VerificationResult;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.SecretInput;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tscns pin unblock}: unblocks the PIN with the PUK (<i>sblocco del PIN</i>). */
@Command(
        name = "unblock",
        mixinStandardHelpOptions = true,
        description = "Unblock the PIN with the PUK and set a new PIN (twice at the terminal or on a PIN-pad "
                + "reader's keypad). With --pin-stdin: the PUK, then the new PIN, one per line.")
public final class PinUnblockCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private SecretSourceOption secrets;

    @Mixin
    private JsonOption json;

    @Option(names = "--keep-pin", description = "Reset the PIN's try counter and keep its value; no new PIN is asked.")
    private boolean keepPin;

    @Override
    protected ExitCode execute() {
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            return PinOutcome.report(
                    open,
                    "unblock",
                    unblock(open),
                    "PUK",
                    keepPin ? "PIN unblocked." : "PIN unblocked and changed.",
                    environment(),
                    json.enabled());
        }
    }

    private VerificationResult unblock(CardReaders.OpenCard open) {
        if (secrets.onReader(
                open.card(),
                environment(),
                keepPin ? "Enter the PUK on the reader." : "Enter on the reader the PUK, then the new PIN twice.")) {
            return keepPin
                    ? open.card().unblockPinOnReaderKeepingPin()
                    : open.card().unblockPinOnReader();
        }
        SecretInput input = secrets.input(environment());
        try (Puk puk = PinOutcome.puk(input.read("PUK"))) {
            if (keepPin) {
                return open.card().unblockPin(puk);
            }
            try (Pin replacement = PinOutcome.pin(input.readNew("new PIN"))) {
                return open.card().unblockPin(puk, replacement);
            }
        }
    }
}
