package io.tscns.cli.cms;

import io.tscns.cli.ExitCode;
import io.tscns.cli.TscnsCommand;
import io.tscns.cms.console.CmsConsole;
import io.tscns.cms.sandbox.SandboxCmsServer;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.simcard.IssuedCard;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tscns cms serve}: runs the sandbox CMS ({@link SandboxCmsServer}) over HTTPS on the loopback interface
 * until interrupted (<i>CMS di prova</i>). It writes into the data directory the CA certificate a client trusts and
 * each operator's personal credentials (PKCS#12 and token), prints where they are, and lists the seeded cards
 * (holder, codice fiscale, TEAM number, expiry: what a counter needs to identify one; never a code). State is kept
 * in the data directory, so a restart on it keeps every acknowledged operation. The browser console
 * ({@code tscns-cms-console}) is served on the same port at {@code /console/}, and its address printed.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the sandbox CMS over HTTPS on the loopback interface, with its operators' credentials "
                + "and seeded cards, until interrupted.")
public final class CmsServeCommand extends TscnsCommand {

    @Option(
            names = "--port",
            defaultValue = "8443",
            paramLabel = "PORT",
            description = "The port, 0 for any free one (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--data-dir",
            defaultValue = "cms-sandbox",
            paramLabel = "DIR",
            description = "The database, CA certificate and operators' credentials (default ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Option(
            names = "--profile",
            defaultValue = "toscana-2.0",
            paramLabel = "PROFILE",
            description = "The CMS's rules: toscana-2.0 (Tuscan manual v2.0: no suspension, PIN, PUK and CIP in"
                    + " halves) or dm-2011 (DM 20 June 2011: suspension, its own activation rules, sealed envelope)"
                    + " (default ${DEFAULT-VALUE}).")
    private String profile;

    @Override
    protected ExitCode execute() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec().commandLine(), "--port must be 0 to 65535, not " + port);
        }
        LifecyclePolicy policy = Arrays.stream(LifecyclePolicy.values())
                .filter(p -> p.id().equals(profile))
                .findFirst()
                .orElseThrow(() -> new ParameterException(
                        spec().commandLine(), "unknown --profile " + profile + ": choose toscana-2.0 or dm-2011"));
        PrintStream out = environment().out();
        SimulatedCms cms = SandboxCmsServer.start(port, dataDirectory, policy, List.of(CmsConsole.mount()), out);
        Thread hook = new Thread(cms::close, "tscns-cms-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        for (IssuedCard card : cms.issuedCards()) {
            out.println("card " + card.cardId().value() + ": " + card.holder().displayName() + ", "
                    + card.codiceFiscale().value() + ", TEAM "
                    + card.teamNumber().value() + ", expires "
                    + card.personalData()
                            .data()
                            .parsedExpiryDate()
                            .map(Object::toString)
                            .orElse("?"));
        }
        out.println("Operators' PKCS#12 password: " + SandboxCmsServer.KEYSTORE_PASSWORD + ". Stop with Ctrl-C.");
        out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cms.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting and runs the hook, which closes the sandbox again: nothing happens twice.
            }
        }
        return ExitCode.OK;
    }
}
