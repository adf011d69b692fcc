package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliBasicsTest {

    @Test
    void everyCommandHasHelp() {
        List<String> commands = new ArrayList<>();
        collect(Tscns.commandLine(new Tscns(CliEnvironment.system())), commands);
        assertTrue(commands.size() >= 16, commands::toString);
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
            args.add("--help");
            Cli.Result result = Cli.withoutReaders().run(args.toArray(String[]::new));
            assertTrue(result.exited(ExitCode.OK), () -> command + ": " + result);
            assertTrue(result.out().startsWith("Usage: " + command), () -> command + ": " + result.out());
            assertTrue(result.out().contains("Exit codes:"), () -> command + ": " + result.out());
        }
    }

    @Test
    void versionNamesTheRelease() {
        Cli.Result result = Cli.withoutReaders().run("--version");
        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertTrue(result.out().matches("(?s)tscns \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*"), result::out);
    }

    @Test
    void usageMistakesAreOneLineAndExitTwo() {
        for (String[] args : new String[][] {
            {"frobnicate"}, {"read", "--colour"}, {"pin"}, {"cert"}, {"watch", "--count", "many"}, {"card", "serve"}
        }) {
            Cli.Result result = Cli.withoutReaders().run(args);
            assertTrue(result.exited(ExitCode.USAGE), () -> String.join(" ", args) + ": " + result);
            assertEquals(1, result.err().lines().count(), result::err);
            assertTrue(result.err().startsWith("tscns: "), result::err);
            assertTrue(result.err().contains("--help`"), result::err);
        }
        Cli.Result pin = Cli.withoutReaders().run("pin");
        assertTrue(pin.err().contains("verify, change, unblock, status"), pin::err);
    }

    @Test
    void noCommandShowsTheUsage() {
        Cli.Result result = Cli.withoutReaders().run();
        assertTrue(result.exited(ExitCode.USAGE), result::toString);
        assertTrue(result.err().startsWith("Usage: tscns"), result::err);
    }

    @Test
    void verboseShowsTheCauseOfAFailure() {
        Cli.Result result = Cli.withoutReaders().run("read", "--verbose");
        assertTrue(result.exited(ExitCode.NO_CARD), result::toString);
        assertTrue(result.err().lines().count() > 1, result::err);
        assertTrue(result.err().contains("NoReaderException"), result::err);
    }

    private static void collect(CommandLine line, List<String> names) {
        names.add(line.getCommandSpec().qualifiedName());
        line.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                collect(sub, names);
            }
        });
    }
}
