package io.tscns.test.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server (Debian package {@code postgresql}) for one test class: {@code initdb} into a new
 * directory, {@code pg_ctl start} on a free loopback port with trust authentication and fsync off, {@code pg_ctl stop}
 * and the directory deleted on close. PostgreSQL refuses to run as root, so when the test runs as root (as CI does)
 * the server runs as the {@code postgres} user the package creates, through {@code runuser}. Missing PostgreSQL skips
 * the test, or fails it under {@code CI=true} ({@link InteropEnvironment}).
 *
 * <p>Not thread-safe; close it at the end of the class.
 *
 * @since 0.1.0
 */
public final class PostgresServer implements AutoCloseable {

    /** The database user, with trust authentication on loopback. */
    public static final String USER = "tscns";

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path directory, int port, boolean asPostgres) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /**
     * Returns the directory of PostgreSQL's server binaries, the newest version installed.
     *
     * @return e.g. {@code /usr/lib/postgresql/15/bin}
     */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(PostgresServer::version));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return LocalProcesses.executable("/usr/local/bin/pg_ctl", "/usr/bin/pg_ctl")
                .map(Path::getParent);
    }

    private static int version(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("[0-9]{1,4}") ? Integer.parseInt(name) : 0;
    }

    /**
     * Creates and starts a server.
     *
     * @return the running server
     * @throws IOException if it cannot be created or started
     */
    public static PostgresServer start() throws IOException {
        Optional<Path> bin = binaries();
        InteropEnvironment.require(bin.isPresent(), "PostgreSQL is not installed (Debian: apt-get install postgresql)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory(Path.of("/tmp"), "tscns-postgres-");
        if (root) {
            UserPrincipal postgres;
            try {
                postgres = directory
                        .getFileSystem()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
            } catch (IOException e) {
                InteropEnvironment.unavailable("PostgreSQL cannot run as root and there is no postgres user", e);
                throw e;
            }
            Files.setOwner(directory, postgres);
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        PostgresServer server = new PostgresServer(bin.get(), directory, LocalProcesses.freePort(), root);
        server.run(
                "initdb",
                "-D",
                directory.resolve("data").toString(),
                "-U",
                USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync");
        server.run(
                "pg_ctl",
                "-D",
                directory.resolve("data").toString(),
                "-l",
                directory.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + server.port + " -k " + directory
                        + " -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start");
        return server;
    }

    /**
     * Returns the JDBC URL of the {@code postgres} database, user {@value #USER}.
     *
     * @return e.g. {@code jdbc:postgresql://127.0.0.1:41234/postgres?user=tscns}
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    /**
     * Returns the port.
     *
     * @return the TCP port on 127.0.0.1
     */
    public int port() {
        return port;
    }

    /** Stops the server at once and deletes its files. */
    @Override
    public void close() {
        try {
            run("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException e) {
            // The directory goes anyway; a server that is still running loses its files and stops.
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left in /tmp: harmless.
        }
    }

    private void run(String tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("tscns-postgres-" + tool, ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish in 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(tool + " failed with " + process.exitValue() + ": " + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + tool, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
