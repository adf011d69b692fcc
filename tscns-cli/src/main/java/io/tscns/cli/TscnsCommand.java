package io.tscns.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code tscns} command (<i>comando</i>): it reaches the run's {@link CliEnvironment} and returns
 * an {@link ExitCode}. A command throws what it cannot handle; {@link Tscns} turns it into one line on standard
 * error and the exit code. To add a command, extend this class, annotate it with picocli's {@code @Command}, and
 * list it in the {@code subcommands} of {@link Tscns} (or of its group, such as {@code cert}).
 */
public abstract class TscnsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Returns the environment of this run.
     *
     * @return the environment
     */
    protected final CliEnvironment environment() {
        return ((Tscns) spec.root().userObject()).environment();
    }

    /**
     * Returns this command's picocli model, for usage help.
     *
     * @return the model
     */
    protected final CommandSpec spec() {
        return spec;
    }

    @Override
    public final Integer call() throws Exception {
        return execute().code();
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws Exception anything the command does not handle; reported as one line
     */
    protected abstract ExitCode execute() throws Exception;
}
