package io.tscns.cms.sandbox;

import io.tscns.cms.sandbox.internal.setup.CredentialFiles;
import io.tscns.core.lifecycle.LifecyclePolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox CMS as a program, for {@code tscns cms serve}: starts it on a port and data directory, writes the
 * CA certificate (PEM) into the data directory, prints where it and each operator's credentials (PKCS#12 with
 * password {@code changeit}, and the personal token, kept by the sandbox in the directory) are, and serves until the
 * process ends. A restart on the same directory keeps the operators, their credentials and the cards.
 *
 * <p>Arguments: {@code [--port N] [--data DIR] [--profile dm-2011|toscana-2.0]}.
 *
 * @since 0.1.0
 */
public final class SandboxCmsServer {

    /** Password of the operators' PKCS#12 files. */
    public static final String KEYSTORE_PASSWORD = CredentialFiles.PKCS12_PASSWORD;

    private SandboxCmsServer() {}

    /**
     * Starts the sandbox and blocks.
     *
     * @param args the arguments
     * @throws IOException if the data directory cannot be written
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8443;
        Path data = Path.of("cms-sandbox");
        LifecyclePolicy profile = LifecyclePolicy.TOSCANA_2_0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--profile" ->
                    profile = args[i + 1].equals("dm-2011") ? LifecyclePolicy.DM_2011 : LifecyclePolicy.TOSCANA_2_0;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SimulatedCms cms = start(port, data, profile, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(cms::close));
        new CountDownLatch(1).await();
    }

    /**
     * Starts the sandbox and writes its credentials.
     *
     * @param port    the port (0: any)
     * @param data    the data directory
     * @param profile the lifecycle profile
     * @param out     where to print the summary
     * @return the running sandbox
     * @throws IOException if the data directory cannot be written
     */
    public static SimulatedCms start(int port, Path data, LifecyclePolicy profile, PrintStream out) throws IOException {
        return start(port, data, profile, List.of(), out);
    }

    /**
     * Starts the sandbox with extra web applications on its port (the console of {@code tscns-cms-console}), writes
     * its credentials and prints, besides, the address of each application.
     *
     * @param port    the port (0: any)
     * @param data    the data directory
     * @param profile the lifecycle profile
     * @param mounts  the applications to serve beside the protocol
     * @param out     where to print the summary
     * @return the running sandbox
     * @throws IOException if the data directory cannot be written
     */
    public static SimulatedCms start(
            int port, Path data, LifecyclePolicy profile, List<SandboxMount> mounts, PrintStream out)
            throws IOException {
        if (java.nio.file.Files.isDirectory(data)) {
            CredentialFiles.checkPrivate(data);
        }
        SimulatedCms.Builder builder = SimulatedCms.builder()
                .dataDirectory(data)
                .port(port)
                .lifecycle(profile)
                .withDefaultPopulation();
        mounts.forEach(builder::mount);
        SimulatedCms cms = builder.start();
        Path ca = CredentialFiles.writeCa(data, cms.caCertificate());
        Path outbox = CredentialFiles.outboxToken(data);
        out.println("sandbox CMS: " + cms.baseUri() + " (" + profile.id() + ")");
        out.println("trust anchor: " + ca.toAbsolutePath());
        for (SandboxMount mount : mounts) {
            out.println("also serving: " + cms.baseUri().resolve(mount.pathPrefix()));
        }
        out.println("outbox token (header X-Sandbox-Outbox-Token of GET /cms/v1/outbox): " + outbox);
        for (SandboxOperator operator : cms.operators().values()) {
            // Written by the sandbox on its first start on the directory and kept since (SimulatedCms.Builder).
            Path p12 = CredentialFiles.pkcs12(data, operator.operatorId());
            Path token = CredentialFiles.token(data, operator.operatorId());
            out.println("operator " + operator.operatorId() + " ("
                    + operator.account().role() + "): " + p12 + ", token in " + token);
        }
        return cms;
    }
}
