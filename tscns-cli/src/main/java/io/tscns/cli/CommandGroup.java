package io.tscns.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands (<i>gruppo di comandi</i>), such as {@code tscns pin} or
 * {@code tscns cert}: run alone, it is a usage error that names the subcommands.
 */
public abstract class CommandGroup implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "choose a subcommand of `" + spec.qualifiedName()
                        + "`: "
                        + String.join(
                                ", ",
                                spec.subcommands().keySet().stream()
                                        .filter(name -> !name.equals("help"))
                                        .toList()));
    }
}
