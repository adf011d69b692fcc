package io.tscns.cli.card;

import io.tscns.cli.CliEnvironment;
import io.tscns.cli.internal.SecretInput;
import picocli.CommandLine.Option;

/** The {@code --pin-stdin} option of the commands that need a PIN or PUK (<i>origine del codice</i>). */
public final class SecretSourceOption {

    @Option(names = "--pin-stdin",
            description = "Read the PIN (and PUK, new PIN) from standard input, one per line, instead of asking at "
                    + "the terminal without echo. Secrets are never taken from the command line.")
    private boolean stdin;

    /**
     * Returns the reader of secrets this option selects.
     *
     * @param environment the environment
     * @return the reader
     */
    public SecretInput input(CliEnvironment environment) {
        return new SecretInput(environment, stdin);
    }
}
