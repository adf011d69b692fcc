package io.tscns.cli;

import io.tscns.cli.card.AtrCommand;
import io.tscns.cli.card.CardCommand;
import io.tscns.cli.card.PinCommand;
import io.tscns.cli.card.ReadCommand;
import io.tscns.cli.card.ReadersCommand;
import io.tscns.cli.card.SignCommand;
import io.tscns.cli.card.WatchCommand;
import io.tscns.cli.cert.CertCommand;
import io.tscns.cli.cert.CrlCommand;
import io.tscns.cli.cms.CmsCommand;
import io.tscns.cli.demo.DemoCommand;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.Failures;
import io.tscns.cli.internal.InputFiles;
import io.tscns.cli.internal.LogLevels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code tscns} command (<i>comando tscns</i>): real-card commands over {@code javax.smartcardio}, certificate
 * and CRL tools for service providers, and the simulated card for testers. {@link #main(String[])} runs it as a
 * process; {@link #run(CliEnvironment, String...)} runs it in-process with any streams and readers, as the tests do.
 *
 * <p>Every command prints its result on standard output (text, or JSON with {@code --json}) and reports a failure
 * as one line on standard error, {@code tscns: <what failed>: <what to do next>}, with an {@link ExitCode}.
 * {@code --verbose} (anywhere on the line) adds the APDU trace, secrets redacted, and the stack trace of a failure.
 */
@Command(
        name = "tscns",
        mixinStandardHelpOptions = true,
        versionProvider = Tscns.Version.class,
        description = "The TS-CNS card (Tessera Sanitaria - Carta Nazionale dei Servizi) from the command line.",
        subcommands = {
            DemoCommand.class,
            ReadersCommand.class,
            ReadCommand.class,
            PinCommand.class,
            SignCommand.class,
            AtrCommand.class,
            WatchCommand.class,
            CertCommand.class,
            CrlCommand.class,
            CardCommand.class,
            CmsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Tscns implements Callable<Integer> {

    private final CliEnvironment environment;
    private boolean verbose;

    /**
     * Creates the root command for one run.
     *
     * @param environment the streams, terminal, readers and clock of the run
     */
    public Tscns(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs the command as a process and exits with its {@link ExitCode}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(CliEnvironment.system(), args));
    }

    /**
     * Runs the command in-process.
     *
     * @param environment the streams, terminal, readers and clock
     * @param args        the command line
     * @return the exit status, one of {@link ExitCode}
     */
    public static int run(CliEnvironment environment, String... args) {
        Tscns root = new Tscns(environment);
        CommandLine line = commandLine(root);
        LogLevels.apply(false);
        try {
            return line.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    /**
     * Builds the picocli model of the command, with the error handling and the exit-code list of every help page.
     *
     * @param root the root command
     * @return the command line
     */
    static CommandLine commandLine(Tscns root) {
        CommandLine line = new CommandLine(root);
        line.setOut(writer(root.environment.out()));
        line.setErr(writer(root.environment.err()));
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.format("%3d", code.code()), code.meaning());
        }
        exitCodes(line, codes);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(Instant.class, Tscns::instant);
        line.setExecutionExceptionHandler((thrown, failed, parsed) -> root.report(Failures.classify(thrown)));
        line.setParameterExceptionHandler((e, args) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            root.environment.err().println("tscns: " + e.getMessage() + "; see `" + command + " --help`");
            return ExitCode.USAGE.code();
        });
        return line;
    }

    /** An instant option's value: ISO-8601, or a message that says so (not the parser's exception). */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + InputFiles.printable(text)
                    + "' is not an instant: write it in ISO-8601 UTC, e.g. 2026-01-31T12:00:00Z");
        }
    }

    private static void exitCodes(CommandLine line, Map<String, String> codes) {
        line.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        line.getSubcommands().values().forEach(sub -> exitCodes(sub, codes));
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }

    /**
     * Returns the environment of this run.
     *
     * @return the environment
     */
    CliEnvironment environment() {
        return environment;
    }

    /**
     * Sets verbose output, from {@code --verbose} on any command.
     *
     * @param value whether to be verbose
     */
    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Show the APDU trace (PINs and PUKs are never shown) and the cause of a failure.")
    void setVerbose(boolean value) {
        this.verbose = value;
        LogLevels.apply(value);
    }

    /** Without a command, shows the usage and fails as a usage error. */
    @Override
    public Integer call() {
        CommandLine.usage(this, environment.err());
        return ExitCode.USAGE.code();
    }

    private int report(CliFailure failure) {
        environment.err().println("tscns: " + failure.getMessage());
        if (verbose && failure.getCause() != null) {
            failure.getCause().printStackTrace(environment.err());
        }
        return failure.exitCode().code();
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Tscns.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "tscns " + properties.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
