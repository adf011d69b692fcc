package io.tscns.cli.card;

import io.tscns.cli.ExitCode;
import io.tscns.cli.TscnsCommand;
import io.tscns.simcard.CardFactory;
import io.tscns.testpki.KeyPairSource;
import io.tscns.simcard.vpcd.VpcdCardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * {@code tscns card serve --vpcd}: issues a simulated TS-CNS card and puts it in the virtual reader of pcscd's vpcd
 * driver, so that every PC/SC application on the machine, {@code tscns read} included, sees a real-looking card
 * (<i>carta simulata su vpcd</i>). It prints the holder, the card id and the codes (PIN, PUK, CIP): this card exists
 * only in this process, and printing its codes is the point of a test tool. Serves until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a simulated TS-CNS card to pcscd through vsmartcard's vpcd driver and print its "
                + "identity and codes, until interrupted.")
public final class CardServeCommand extends TscnsCommand {

    @Option(names = "--vpcd", required = true,
            description = "Insert the card into vpcd's virtual reader (the only way to serve it for now).")
    private boolean vpcd;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "vpcd's host (default ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", defaultValue = "35963",
            description = "vpcd's port: 35963 for reader \"Virtual PCD 00 00\", 35964 for \"00 01\" "
                    + "(default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--profile", defaultValue = "classic", paramLabel = "PROFILE",
            description = "The chip family: classic, stincard, rsa1024, ace2025 or st2022-nfc (default ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Issue the same card (card id, codes, key) for the same N; the certificate's dates follow "
                    + "the clock.")
    private Long seed;

    @Override
    protected ExitCode execute() {
        VpcdCardServer.Options options;
        try {
            options = VpcdCardServer.Options.defaults().withVpcd(host + ":" + port).withProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec().commandLine(), e.getMessage());
        }
        VpcdCardServer server = VpcdCardServer.start(options, factory(), environment().out());
        Thread hook = new Thread(server::close, "tscns-card-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        environment().out().println("Serving it to vpcd at " + options.vpcd().getHostString() + ":"
                + options.vpcd().getPort() + "; stop with Ctrl-C.");
        environment().out().flush();
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(hook);
        }
        return ExitCode.OK;
    }

    private CardFactory factory() {
        if (seed == null) {
            return CardFactory.standard();
        }
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return CardFactory.builder().random(random).keys(KeyPairSource.seeded(seed)).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA1PRNG", e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook runs, or already ran, close() again, which does nothing.
        }
    }
}
