package io.tscns.cli;

import io.tscns.card.reader.TerminalFactorySource;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;

/**
 * What a run of the {@code tscns} command talks to (<i>ambiente del comando</i>): its standard streams, the terminal
 * for secret prompts, the smart-card readers and the clock. {@link #system()} is the real process; tests build one
 * with captured streams and the test kit's simulated readers, and run commands in-process with
 * {@link Tscns#run(CliEnvironment, String...)}.
 *
 * @param out      standard output: the command's result
 * @param err      standard error: the one-line errors and, with {@code --verbose}, the trace
 * @param in       standard input: secrets with {@code --pin-stdin}
 * @param terminal the no-echo prompt, empty when there is no interactive terminal
 * @param readers  makes the {@code javax.smartcardio} terminal factory
 * @param clock    the clock for validity checks
 */
public record CliEnvironment(
        PrintStream out,
        PrintStream err,
        InputStream in,
        Optional<SecretPrompt> terminal,
        TerminalFactorySource readers,
        Clock clock) {

    /**
     * The system property naming another {@code javax.smartcardio} {@code TerminalFactory} type, from a provider
     * registered with the JVM (for example the test kit's {@code TscnsSimulated}); the default is {@code PC/SC}.
     */
    public static final String TERMINAL_TYPE_PROPERTY = "tscns.smartcardio.type";

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if one is
     */
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the process's environment: {@code System.out}, {@code System.err}, {@code System.in}, the console if
     * there is one, PC/SC readers (or the type named by {@value #TERMINAL_TYPE_PROPERTY}) and the UTC clock. The PC/SC
     * readers are {@link TerminalFactorySource#recovering()}: the JDK's provider until the service is lost, so that
     * {@code watch} and {@code card serve} survive a pcscd restart ({@code docs/pcsc.md §11}).
     *
     * @return the environment
     */
    public static CliEnvironment system() {
        Console console = System.console();
        Optional<SecretPrompt> terminal =
                console == null ? Optional.empty() : Optional.of(prompt -> console.readPassword("%s", prompt));
        String type = System.getProperty(TERMINAL_TYPE_PROPERTY, "");
        TerminalFactorySource readers =
                type.isEmpty() ? TerminalFactorySource.recovering() : () -> TerminalFactory.getInstance(type, null);
        return new CliEnvironment(System.out, System.err, System.in, terminal, readers, Clock.systemUTC());
    }

    /**
     * Returns this environment with other readers.
     *
     * @param source the readers
     * @return a new environment
     */
    public CliEnvironment withReaders(TerminalFactorySource source) {
        return new CliEnvironment(out, err, in, terminal, source, clock);
    }
}
