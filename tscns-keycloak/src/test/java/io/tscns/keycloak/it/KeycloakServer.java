package io.tscns.keycloak.it;

import io.tscns.test.junit.InteropEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server for one test class: the distribution Maven unpacked into {@code target/}, the provider JAR
 * copied into its {@code providers/}, {@code kc.sh build}, then {@code kc.sh start --optimized} as a child process on
 * the Java that runs the tests (Keycloak 26 supports 17, 21 and 25), until {@link #close()}. Every wait is bounded;
 * the server's output goes to {@code keycloak.log} in the work directory, kept for diagnosis.
 */
final class KeycloakServer implements AutoCloseable {

    /** Bounds measured on a loaded 2-core machine (build 203 s, start 229 s), with room. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(8);

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    /**
     * The optimising compiler's work does not pay back in a server that lives for one test class: C1 only, as the
     * command line's launcher does for short commands.
     */
    private static final String JAVA_OPTS_APPEND = "-XX:TieredStopAtLevel=1";

    private final Process process;
    private final Path log;
    private final Duration buildTime;
    private final Duration startTime;

    private KeycloakServer(Process process, Path log, Duration buildTime, Duration startTime) {
        this.process = process;
        this.log = log;
        this.buildTime = buildTime;
        this.startTime = startTime;
    }

    /**
     * Builds and starts Keycloak, and waits until the realm answers.
     *
     * @param work         where the logs go
     * @param buildOptions the build-time options
     * @param startOptions the run-time options
     * @param environment  extra environment (the bootstrap admin)
     * @param ready        a URL that answers 200 once the server and the imported realm are up
     */
    static KeycloakServer start(
            Path work, List<String> buildOptions, List<String> startOptions, Map<String, String> environment, URI ready)
            throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("tscns.keycloak.home", "target/keycloak-missing"));
        Path provider = Path.of(System.getProperty("tscns.keycloak.provider", "target/provider-missing.jar"));
        InteropEnvironment.require(
                Files.isExecutable(home.resolve("bin/kc.sh")),
                "the Keycloak distribution is not unpacked at " + home + " (run with -Pinterop)");
        InteropEnvironment.require(Files.isRegularFile(provider), "the provider JAR " + provider + " is not built");
        Files.createDirectories(work);
        Files.copy(provider, home.resolve("providers/tscns-keycloak.jar"), StandardCopyOption.REPLACE_EXISTING);
        deleteTree(home.resolve("data/h2")); // a fresh database: the realm is imported anew, no user left over

        long buildStart = System.nanoTime();
        List<String> build = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        build.addAll(buildOptions);
        Process builder = launch(build, environment, work.resolve("keycloak-build.log"));
        if (!builder.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || builder.exitValue() != 0) {
            stop(builder);
            throw new IOException("kc.sh build failed; see " + work.resolve("keycloak-build.log"));
        }
        Duration buildTime = Duration.ofNanos(System.nanoTime() - buildStart);

        long start = System.nanoTime();
        List<String> run = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized"));
        run.addAll(startOptions);
        Path log = work.resolve("keycloak.log");
        KeycloakServer server = new KeycloakServer(launch(run, environment, log), log, buildTime, Duration.ZERO);
        if (!server.awaitReady(ready)) {
            server.close();
            throw new IOException("Keycloak did not become ready in " + START_TIMEOUT + "; see " + log);
        }
        return new KeycloakServer(server.process, log, buildTime, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Process launch(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment()
                .put(
                        "JAVA_HOME",
                        System.getenv().getOrDefault("TSCNS_KEYCLOAK_JAVA_HOME", System.getProperty("java.home")));
        builder.environment().put("JAVA_OPTS_APPEND", JAVA_OPTS_APPEND);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private boolean awaitReady(URI ready) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** How long {@code kc.sh build} took. */
    Duration buildTime() {
        return buildTime;
    }

    /** How long the start took, until the realm answered. */
    Duration startTime() {
        return startTime;
    }

    /** Returns the server's output so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the server (SIGTERM, which kc.sh forwards to Java), forcibly after 30 seconds. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
