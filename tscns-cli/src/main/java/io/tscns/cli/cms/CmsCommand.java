package io.tscns.cli.cms;

import io.tscns.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code tscns cms}: the sandbox Card Management System for integrators (<i>CMS di prova</i>). */
@Command(
        name = "cms",
        mixinStandardHelpOptions = true,
        description = "The sandbox Card Management System, to build and test counter software against.",
        subcommands = {CmsServeCommand.class, CmsLoginCommand.class})
public final class CmsCommand extends CommandGroup {}
