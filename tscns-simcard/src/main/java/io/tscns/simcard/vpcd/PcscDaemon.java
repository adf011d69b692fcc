package io.tscns.simcard.vpcd;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PC/SC daemon (pcscd) of this machine with vsmartcard's virtual reader driver, as tests and the
 * {@code card serve} command need it ({@code docs/pcsc.md §2, §7, §8}).
 *
 * <p>{@link #startOrReuse(Duration)} reuses a pcscd that is already running, or starts {@code pcscd -f} as a child of
 * this JVM (which needs root, to own {@code /run/pcscd}); either way it waits until the reader list shows the virtual
 * reader, never by probing vpcd's TCP port, which vpcd would take for a card. {@link #close()} stops pcscd only if
 * this object started it, and waits for it to exit so no zombie blocks the next start.
 *
 * <p>Only one pcscd can run per machine and the JDK's PC/SC provider keeps one connection to it for the life of
 * the JVM, so a JVM should start pcscd once and keep it until the end. {@link #restart(Duration)} is for the one
 * test that proves recovery from a pcscd restart: after it, this JVM's JDK context is dead
 * ({@code docs/pcsc.md §11}), so {@link #terminalFactory()} and the readers' terminals fail; such a test runs in a
 * JVM of its own and talks to the restarted daemon through {@link VpcdBridge} and a provider that reconnects.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class PcscDaemon implements AutoCloseable {

    /** Where Debian's vsmartcard-vpcd package puts the reader driver. */
    public static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    /** The first TCP port of Debian's vpcd reader configuration; slot n listens on this port + n. */
    public static final int FIRST_VPCD_PORT = 35963;
    /** The name of the first virtual reader; slot n is named with n as the last digit. */
    public static final String FIRST_READER_NAME = "Virtual PCD 00 00";

    private static final Logger LOG = LoggerFactory.getLogger(PcscDaemon.class);
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String INSTALL_HINT =
            "install the Debian packages: apt-get install pcscd vsmartcard-vpcd opensc";

    private final Object lock = new Object();
    private volatile Process process;
    private final Path log;
    private final TerminalFactory factory;
    private final List<VirtualReader> readers;

    private PcscDaemon(Process process, Path log, TerminalFactory factory) {
        this.process = process;
        this.log = log;
        this.factory = factory;
        this.readers = factory == null ? List.of() : List.of(slot(factory, 0), slot(factory, 1));
    }

    private static VirtualReader slot(TerminalFactory factory, int slot) {
        String name = FIRST_READER_NAME.substring(0, FIRST_READER_NAME.length() - 1) + slot;
        return new VirtualReader(
                factory.terminals().getTerminal(name), new InetSocketAddress("127.0.0.1", FIRST_VPCD_PORT + slot));
    }

    /**
     * Uses the running pcscd, or starts one, and waits until the first virtual reader is listed.
     *
     * @param readyTimeout how long to wait for the reader
     * @return the daemon
     * @throws PcscUnavailableException if a package is missing, pcscd may not be started, or the reader does not
     *                                  appear in time
     */
    public static PcscDaemon startOrReuse(Duration readyTimeout) {
        Path pcscd = findPcscd()
                .orElseThrow(() -> new PcscUnavailableException(
                        PcscUnavailableException.Reason.NOT_INSTALLED, "pcscd is not installed; " + INSTALL_HINT));
        if (!Files.exists(VPCD_DRIVER)) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_INSTALLED,
                    "the vpcd reader driver " + VPCD_DRIVER + " is missing; " + INSTALL_HINT);
        }
        Process process = null;
        Path log = null;
        if (runningPid().isEmpty()) {
            try {
                log = Files.createTempFile("pcscd-", ".log");
            } catch (IOException e) {
                throw new PcscUnavailableException(
                        PcscUnavailableException.Reason.NOT_PERMITTED,
                        "cannot create pcscd's log file: " + e.getMessage(),
                        e);
            }
            process = launch(pcscd, log);
        } else {
            LOG.debug("reusing the running pcscd, pid {}", runningPid().get());
        }
        PcscDaemon daemon = new PcscDaemon(process, log, null);
        try {
            return daemon.awaitReader(readyTimeout);
        } catch (RuntimeException e) {
            daemon.close();
            throw e;
        }
    }

    private static Process launch(Path pcscd, Path log) {
        try {
            Process started = new ProcessBuilder(pcscd.toString(), "-f")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            LOG.debug("started {} -f as pid {}", pcscd, started.pid());
            return started;
        } catch (IOException e) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_PERMITTED, "cannot start " + pcscd + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the pcscd this object started and starts a new one, as {@code systemctl restart pcscd} does, and waits
     * until the new one has opened its socket. Cards in the readers come back by themselves: a {@link VpcdBridge}
     * reconnects when vpcd closes its connection. This JVM's JDK PC/SC context does not come back (see the class
     * comment).
     *
     * @param readyTimeout how long the new pcscd may take to open its socket
     * @throws IllegalStateException    if this object did not start pcscd (it would not restart someone else's)
     * @throws PcscUnavailableException if the new pcscd does not come up in time
     */
    public void restart(Duration readyTimeout) {
        synchronized (lock) {
            if (process == null) {
                throw new IllegalStateException("this pcscd was already running; only one started here restarts");
            }
            stop(process);
            Path pcscd = findPcscd().orElseThrow();
            process = launch(pcscd, log);
            long deadline = System.nanoTime() + readyTimeout.toNanos();
            awaitSocket(deadline);
        }
    }

    private void awaitSocket(long deadline) {
        while (!Files.exists(SOCKET)) {
            checkAlive();
            pause(deadline, "pcscd did not open " + SOCKET);
        }
    }

    private PcscDaemon awaitReader(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitSocket(deadline);
        TerminalFactory pcsc;
        try {
            pcsc = TerminalFactory.getInstance("PC/SC", null);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_INSTALLED,
                    "the JDK's PC/SC provider cannot load libpcsclite; " + INSTALL_HINT,
                    e);
        }
        while (!listed(pcsc.terminals(), FIRST_READER_NAME)) {
            checkAlive();
            pause(
                    deadline,
                    "the reader \"" + FIRST_READER_NAME + "\" did not appear; is vsmartcard-vpcd configured"
                            + " in /etc/reader.conf.d?");
        }
        return new PcscDaemon(process, log, pcsc);
    }

    private static boolean listed(CardTerminals terminals, String name) {
        try {
            return terminals.list().stream().anyMatch(t -> t.getName().equals(name));
        } catch (CardException e) {
            return false;
        }
    }

    private void checkAlive() {
        Process current = process;
        if (current != null && !current.isAlive()) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_PERMITTED,
                    "pcscd exited with status " + current.exitValue() + " (it needs root); see " + log);
        }
    }

    private static void pause(long deadline, String failure) {
        if (System.nanoTime() > deadline) {
            throw new PcscUnavailableException(PcscUnavailableException.Reason.NOT_READY, failure);
        }
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_READY, "interrupted while waiting for pcscd", e);
        }
    }

    private static Optional<Path> findPcscd() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir :
                (path + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "pcscd");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> runningPid() {
        try {
            long pid = Long.parseLong(Files.readString(PID_FILE).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether this object started pcscd (and will stop it on {@link #close()}).
     *
     * @return {@code false} if a pcscd was already running
     */
    public boolean startedHere() {
        synchronized (lock) {
            return process != null;
        }
    }

    /**
     * Returns the JDK's PC/SC terminal factory connected to this daemon.
     *
     * @return the factory
     */
    public TerminalFactory terminalFactory() {
        return factory;
    }

    /**
     * Returns one of the virtual reader's slots; the same object for the same slot.
     *
     * @param slot 0 or 1 (Debian's vpcd configuration opens two)
     * @return the slot
     * @throws IllegalArgumentException for another slot number
     */
    public VirtualReader reader(int slot) {
        if (slot < 0 || slot >= readers.size()) {
            throw new IllegalArgumentException("vpcd opens slots 0 and 1, not " + slot);
        }
        return readers.get(slot);
    }

    /**
     * Returns the names of the readers pcscd lists.
     *
     * @return the names
     * @throws CardException if PC/SC fails
     */
    public List<String> readerNames() throws CardException {
        return factory.terminals().list().stream().map(CardTerminal::getName).toList();
    }

    /**
     * Takes every card this object inserted out of the readers, then stops pcscd if this object started it, waiting
     * for it to exit.
     */
    @Override
    public void close() {
        for (VirtualReader reader : readers) {
            if (reader.holdsCard()) {
                reader.remove(Duration.ofSeconds(5));
            }
        }
        synchronized (lock) {
            if (process != null) {
                stop(process);
            }
        }
    }

    private static void stop(Process pcscd) {
        pcscd.destroy();
        try {
            if (!pcscd.waitFor(5, TimeUnit.SECONDS)) {
                pcscd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.debug("stopped pcscd, pid {}", pcscd.pid());
    }

    /**
     * Describes the daemon.
     *
     * @return for example {@code PcscDaemon[started here, pid 123]}
     */
    @Override
    public String toString() {
        synchronized (lock) {
            return process != null ? "PcscDaemon[started here, pid " + process.pid() + "]" : "PcscDaemon[reused]";
        }
    }
}
