package io.tscns.test.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine's nginx (Debian package {@code nginx}) run as a child process for one test class: the configuration
 * and logs in a directory of the test's, the server blocks the test's, on loopback ports the test chose
 * ({@link #freePort()}). Missing nginx skips the test, or fails it under {@code CI=true}
 * ({@link InteropEnvironment}). Not thread-safe; close it at the end of the class.
 *
 * @since 0.1.0
 */
public final class NginxServer implements AutoCloseable {

    private final Process process;
    private final Path directory;

    private NginxServer(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /**
     * Returns the nginx binary, if installed.
     *
     * @return the path
     */
    public static Optional<Path> binary() {
        return LocalProcesses.executable("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx");
    }

    /**
     * Returns a TCP port free on the loopback interface.
     *
     * @return the port
     */
    public static int freePort() {
        return LocalProcesses.freePort();
    }

    /**
     * Starts nginx in the foreground with a configuration whose {@code http} block holds the given text, and waits
     * until every given port listens.
     *
     * @param directory where the configuration, the logs and nginx's temporary files go
     * @param http      the content of the {@code http} block: {@code server} blocks, upstreams
     * @param ports     the ports the server blocks listen on
     * @return the running server
     * @throws IOException if the files cannot be written or nginx cannot be started
     */
    public static NginxServer start(Path directory, String http, int... ports) throws IOException {
        Optional<Path> binary = binary();
        InteropEnvironment.require(binary.isPresent(), "nginx is not installed (Debian: apt-get install nginx)");
        Files.createDirectories(directory.resolve("temp"));
        Path config = directory.resolve("nginx.conf");
        Files.writeString(config, """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                %2$s
                }
                """.formatted(directory, http.indent(4)));
        Process process = new ProcessBuilder(
                        binary.get().toString(),
                        "-p",
                        directory.toString(),
                        "-c",
                        config.toString(),
                        "-e",
                        directory.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("stdout.log").toFile())
                .start();
        NginxServer server = new NginxServer(process, directory);
        try {
            for (int port : ports) {
                if (!LocalProcesses.awaitPort(port, process, Duration.ofSeconds(20))) {
                    String log = server.log();
                    server.close();
                    throw new IOException("nginx did not listen on port " + port + ": " + log);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IOException("interrupted while nginx started", e);
        }
        return server;
    }

    /**
     * Returns what nginx wrote to its standard output and error log.
     *
     * @return the text
     * @throws IOException if the logs cannot be read
     */
    public String log() throws IOException {
        StringBuilder log = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            Path file = directory.resolve(name);
            if (Files.exists(file)) {
                log.append(Files.readString(file));
            }
        }
        return log.toString();
    }

    /** Stops nginx. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
