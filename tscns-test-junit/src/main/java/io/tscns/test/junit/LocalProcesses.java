package io.tscns.test.junit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What the launchers of real servers share: finding a binary, a free loopback port, waiting for one to listen. */
final class LocalProcesses {

    private LocalProcesses() {}

    /** Returns the first of the candidates that is an executable file. */
    static Optional<Path> executable(String... candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Returns a TCP port free on the loopback interface now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /**
     * Waits until something listens on a loopback port.
     *
     * @param port    the port
     * @param process the server, whose death ends the wait
     * @param timeout the longest wait
     * @return {@code true} if the port accepted a connection in time
     */
    static boolean awaitPort(int port, Process process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                if (process != null && !process.isAlive() && process.exitValue() != 0) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
        return false;
    }
}
