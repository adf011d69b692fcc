package io.tscns.cli;

import io.tscns.card.reader.TerminalFactorySource;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Runs the {@code tscns} command in-process for tests: captured standard output and error, standard input from a
 * string, the test kit's simulated readers, a fixed clock. While a command runs, {@code System.err} is the captured
 * error stream too, so the Logback trace of {@code --verbose} is captured with it.
 */
final class Cli {

    /** The instant the tests run at unless they say otherwise. */
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final TerminalFactorySource readers;
    private final String stdin;
    private final Clock clock;
    private final Optional<SecretPrompt> terminal;

    private Cli(TerminalFactorySource readers, String stdin, Clock clock, Optional<SecretPrompt> terminal) {
        this.readers = readers;
        this.stdin = stdin;
        this.clock = clock;
        this.terminal = terminal;
    }

    /** A run without readers (a PC/SC service that has none). */
    static Cli withoutReaders() {
        return new Cli(
                () -> SimulatedReaders.create("Empty Reader").terminalFactory(),
                "",
                Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.empty());
    }

    static Cli with(SimulatedReaders simulated) {
        return new Cli(simulated::terminalFactory, "", Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty());
    }

    Cli stdin(String text) {
        return new Cli(readers, text, clock, terminal);
    }

    Cli at(Instant instant) {
        return new Cli(readers, stdin, Clock.fixed(instant, ZoneOffset.UTC), terminal);
    }

    Cli terminal(SecretPrompt prompt) {
        return new Cli(readers, stdin, clock, Optional.of(prompt));
    }

    Result run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    /** Runs with standard output into a buffer the caller can watch while the command runs. */
    Result run(ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(
                outStream,
                errStream,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal,
                readers,
                clock);
        int code;
        synchronized (Cli.class) {
            PrintStream systemErr = System.err;
            System.setErr(errStream);
            try {
                code = Tscns.run(environment, args);
            } finally {
                System.setErr(systemErr);
            }
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * What a run printed and returned.
     *
     * @param exitCode the exit status
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {

        /** Tells whether the run exited with a code. */
        boolean exited(ExitCode expected) {
            return exitCode == expected.code();
        }

        /** Returns everything printed. */
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
