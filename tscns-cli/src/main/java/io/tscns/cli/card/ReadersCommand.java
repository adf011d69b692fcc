package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.Report;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tscns readers}: the smart-card readers and whether each holds a card (<i>elenco dei lettori</i>). */
@Command(
        name = "readers",
        mixinStandardHelpOptions = true,
        description = "List the smart-card readers and whether each holds a card.")
public final class ReadersCommand extends TscnsCommand {

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        List<Report> readers = new ArrayList<>();
        for (CardTerminal terminal : CardReaders.readers(environment()).list()) {
            readers.add(new Report()
                    .put("name", "Name", terminal.getName())
                    .put("cardPresent", "Card present", CardReaders.holdsCard(terminal)));
        }
        new Report().put("readers", "Readers", readers).print(environment().out(), json.enabled());
        return ExitCode.OK;
    }
}
