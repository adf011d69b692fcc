package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tscns pin status}: the PIN's and the PUK's tries left and whether each is blocked, without spending a try
 * (<i>stato del PIN</i>); as numbers and booleans in {@code --json} ({@code pin-v1.schema.json}).
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show how many tries the PIN and the PUK have left and whether they are blocked, without "
                + "spending a try.")
public final class PinStatusCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            PinStates.read(open.card())
                    .addTo(new Report()
                            .put("schemaVersion", "Schema version (--json)", PinStates.SCHEMA_VERSION)
                            .put("reader", "Reader", open.reader()))
                    .print(environment().out(), json.enabled());
        }
        return ExitCode.OK;
    }
}
