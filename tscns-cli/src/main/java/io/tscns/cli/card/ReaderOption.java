package io.tscns.cli.card;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --reader} option of the card commands (<i>scelta del lettore</i>). */
public final class ReaderOption {

    @Option(
            names = {"-r", "--reader"},
            paramLabel = "NAME",
            description = "Use the first reader whose name contains NAME (ignoring case) and holds a card; "
                    + "default: the first reader that holds a card.")
    private String reader;

    /**
     * Returns the part of the reader's name asked for.
     *
     * @return the name part, or empty for any reader
     */
    public Optional<String> name() {
        return Optional.ofNullable(reader);
    }
}
