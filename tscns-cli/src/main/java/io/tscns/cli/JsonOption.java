package io.tscns.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option of commands that print a result (<i>uscita JSON</i>). */
public final class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON, with exactly the data of the text output.")
    private boolean json;

    /**
     * Tells whether JSON was asked for.
     *
     * @return whether {@code --json} was given
     */
    public boolean enabled() {
        return json;
    }
}
