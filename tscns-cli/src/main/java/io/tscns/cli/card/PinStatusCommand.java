package io.tscns.cli.card;

import io.tscns.card.error.StatusWords;
import io.tscns.card.pin.PinStatus;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;

/** {@code tscns pin status}: the tries left of the PIN and PUK, without spending one (<i>stato del PIN</i>). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show how many tries the PIN and the PUK have left, without spending one.")
public final class PinStatusCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            new Report().put("reader", "Reader", open.reader())
                    .put("pin", "PIN", describe(open.card().pinStatus()))
                    .put("puk", "PUK", describe(open.card().pukStatus()))
                    .print(environment().out(), json.enabled());
        }
        return ExitCode.OK;
    }

    private static String describe(PinStatus status) {
        if (status instanceof PinStatus.Verified) {
            return "verified";
        }
        if (status instanceof PinStatus.NotVerified notVerified) {
            return notVerified.triesLeft().isPresent() ? notVerified.triesLeft().getAsInt() + " tries left"
                    : "not verified";
        }
        if (status instanceof PinStatus.Blocked) {
            return "blocked";
        }
        int sw = ((PinStatus.NotReported) status).statusWord();
        return String.format(Locale.ROOT, "not reported by the card (SW %04X: %s)", sw, StatusWords.describe(sw));
    }
}
