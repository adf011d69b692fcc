/**
 * The {@code tscns} command (<i>riga di comando</i>): {@link io.tscns.cli.Tscns} is the root, each command a small
 * picocli class extending {@link io.tscns.cli.TscnsCommand} in {@code io.tscns.cli.card} (real and simulated cards)
 * or {@code io.tscns.cli.cert} (certificates and CRLs). Output goes through one report type printed as text or
 * JSON; failures become one line and an {@link io.tscns.cli.ExitCode}.
 *
 * <p>Adding a command (the demo, {@code cms serve}) is one class: extend {@code TscnsCommand} (or
 * {@code CommandGroup} for a group such as {@code cms}), annotate it with {@code @Command}, and list it in the
 * {@code subcommands} of {@code Tscns} or of its group.
 */
package io.tscns.cli;
