package io.tscns.simcard.vpcd;

import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedCardException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link SimulatedCard} behind the real PC/SC stack: the card connects, as a TCP client, to the port of
 * vsmartcard's virtual reader driver (vpcd) loaded by pcscd, so every PC/SC application on the machine (OpenSC,
 * {@code javax.smartcardio}, a browser) sees it in the reader "Virtual PCD 00 00" ({@code docs/pcsc.md §2–§3}).
 *
 * <p>The bridge runs on its own daemon thread. It keeps trying to connect until vpcd listens, serves the card until
 * vpcd closes the connection, and then connects again (pcscd was restarted). When an injected fault removes the
 * card, the bridge closes the connection, so pcscd sees the card leave the reader, and waits for
 * {@link #reinsert()}. {@link #close()} takes the card out of the reader for good. The command in flight at a
 * removal gets no answer: with Debian 12's pcscd 1.9.9 and vpcd 3.3, vpcd then hands pcscd an empty response, and
 * the JDK's PC/SC provider throws {@code IllegalArgumentException} ("apdu must be at least 2 bytes long") for that
 * command and {@code CardException} for later ones (measured).
 *
 * <p>Before every read the bridge re-arms {@code TCP_QUICKACK} where the platform offers it: Debian 12's vpcd sends
 * the length and the payload of each message in two writes, and without quick ACKs every APDU waits about 40 ms for
 * a delayed ACK ({@code docs/pcsc.md §6}). Thread-safe.
 *
 * @since 0.1.0
 */
public final class VpcdBridge implements AutoCloseable {

    /** The default vpcd address: the first slot of the Debian reader configuration, on this machine. */
    public static final InetSocketAddress DEFAULT_ADDRESS = new InetSocketAddress("127.0.0.1", 35963);

    /** What the bridge is doing. */
    public enum State {
        /** Trying to reach vpcd; the reader is empty. */
        CONNECTING,
        /** Connected to vpcd; the card is in the reader. */
        CONNECTED,
        /** An injected fault removed the card; waiting for {@link #reinsert()}. */
        REMOVED,
        /** Closed for good. */
        CLOSED
    }

    private static final Logger LOG = LoggerFactory.getLogger(VpcdBridge.class);
    private static final Duration RETRY_INTERVAL = Duration.ofMillis(100);
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final byte[] NOT_POWERED_ANSWER = {0x6F, 0x00};

    private enum Outcome {
        VPCD_CLOSED,
        CARD_REMOVED,
        BRIDGE_CLOSED
    }

    private final SimulatedCard card;
    private final InetSocketAddress address;
    private final Thread thread;
    private final Object lock = new Object();

    private State state = State.CONNECTING;
    private boolean closing;
    private boolean reinsertRequested;
    private long messagesFromReader;
    private Socket socket;

    private VpcdBridge(SimulatedCard card, InetSocketAddress address) {
        this.card = card;
        this.address = address;
        this.thread = new Thread(this::run, "vpcd-bridge-" + address.getPort());
        this.thread.setDaemon(true);
    }

    /**
     * Starts a bridge that inserts the card into the vpcd reader at an address.
     *
     * @param card    the card
     * @param address vpcd's host and port, for example {@link #DEFAULT_ADDRESS}
     * @return the running bridge
     */
    public static VpcdBridge start(SimulatedCard card, InetSocketAddress address) {
        VpcdBridge bridge =
                new VpcdBridge(Objects.requireNonNull(card, "card"), Objects.requireNonNull(address, "address"));
        bridge.thread.start();
        return bridge;
    }

    /**
     * Returns what the bridge is doing.
     *
     * @return the state
     */
    public State state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * Returns the card behind the bridge.
     *
     * @return the card
     */
    public SimulatedCard card() {
        return card;
    }

    /**
     * Returns the vpcd address the bridge connects to.
     *
     * @return host and port
     */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Waits until vpcd has talked to the card (its first power or ATR request after the card connected), which means
     * pcscd has noticed the card.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if vpcd talked to the card in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean awaitReaderContact(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (messagesFromReader == 0 || state != State.CONNECTED) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || state == State.CLOSED) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /**
     * Waits until the bridge reaches a state.
     *
     * @param target  the state to wait for
     * @param timeout how long to wait at most
     * @return {@code true} if the bridge is in that state
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean awaitState(State target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (state != target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /**
     * Puts the card back into the reader after an injected fault removed it.
     *
     * @throws IllegalStateException if the card was not removed by a fault
     */
    public void reinsert() {
        synchronized (lock) {
            if (state != State.REMOVED) {
                throw new IllegalStateException("the card is not removed; the bridge is " + state);
            }
            reinsertRequested = true;
            state = State.CONNECTING;
            lock.notifyAll();
        }
    }

    /**
     * Takes the card out of the reader for good and waits for the bridge's thread to stop. If the calling thread is
     * interrupted while waiting, it stops waiting and keeps its interrupt status; the bridge still stops.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            closeSocket();
            lock.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (true) {
                Socket connected = connect();
                if (connected == null) {
                    return;
                }
                Outcome outcome = serve(connected);
                synchronized (lock) {
                    closeSocket();
                    card.powerOff();
                    if (outcome == Outcome.BRIDGE_CLOSED || closing) {
                        return;
                    }
                    if (outcome == Outcome.CARD_REMOVED) {
                        state = State.REMOVED;
                        lock.notifyAll();
                        while (!reinsertRequested && !closing) {
                            lock.wait();
                        }
                        reinsertRequested = false;
                    } else {
                        LOG.debug("vpcd at {} closed the connection; reconnecting", address);
                    }
                    state = State.CONNECTING;
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (lock) {
                closeSocket();
                state = State.CLOSED;
                lock.notifyAll();
            }
        }
    }

    private Socket connect() throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if (closing) {
                    return null;
                }
            }
            Socket candidate = new Socket();
            try {
                candidate.setTcpNoDelay(true);
                candidate.connect(address, CONNECT_TIMEOUT_MILLIS);
                synchronized (lock) {
                    if (closing) {
                        candidate.close();
                        return null;
                    }
                    socket = candidate;
                    messagesFromReader = 0;
                    state = State.CONNECTED;
                    lock.notifyAll();
                }
                LOG.debug("card {} inserted into the vpcd reader at {}", card, address);
                return candidate;
            } catch (IOException e) {
                closeQuietly(candidate);
                synchronized (lock) {
                    if (!closing) {
                        lock.wait(RETRY_INTERVAL.toMillis());
                    }
                }
            }
        }
    }

    private Outcome serve(Socket connected) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(connected.getInputStream()));
            OutputStream out = connected.getOutputStream();
            boolean quickAck = connected.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
            while (true) {
                if (quickAck) {
                    connected.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                }
                byte[] message = VpcdProtocol.read(in);
                synchronized (lock) {
                    messagesFromReader++;
                    lock.notifyAll();
                }
                byte[] answer = answer(message);
                if (answer != null) {
                    VpcdProtocol.write(out, answer);
                }
            }
        } catch (SimulatedCardException e) {
            if (e.reason() == SimulatedCardException.Reason.REMOVED) {
                LOG.debug("card {} removed from the vpcd reader by an injected fault", card);
                return Outcome.CARD_REMOVED;
            }
            return Outcome.BRIDGE_CLOSED;
        } catch (EOFException e) {
            return closingOr(Outcome.VPCD_CLOSED);
        } catch (IOException e) {
            synchronized (lock) {
                if (!closing) {
                    LOG.debug("connection to vpcd at {} failed: {}", address, e.toString());
                }
            }
            return closingOr(Outcome.VPCD_CLOSED);
        }
    }

    private byte[] answer(byte[] message) {
        if (message.length == 1) {
            switch (message[0] & 0xFF) {
                case VpcdProtocol.POWER_OFF -> card.powerOff();
                case VpcdProtocol.POWER_ON -> card.powerOn();
                case VpcdProtocol.RESET -> card.reset();
                case VpcdProtocol.GET_ATR -> {
                    return card.atr();
                }
                default -> LOG.debug("ignoring unknown vpcd control byte {}", message[0] & 0xFF);
            }
            return null;
        }
        if (message.length == 0) {
            return null;
        }
        try {
            return card.process(message);
        } catch (SimulatedCardException e) {
            if (e.reason() != SimulatedCardException.Reason.NOT_POWERED) {
                throw e;
            }
            LOG.debug("vpcd sent an APDU to the unpowered card; answering 6F00");
            return NOT_POWERED_ANSWER.clone();
        }
    }

    private Outcome closingOr(Outcome outcome) {
        synchronized (lock) {
            return closing ? Outcome.BRIDGE_CLOSED : outcome;
        }
    }

    private void closeSocket() {
        if (socket != null) {
            closeQuietly(socket);
            socket = null;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.trace("closing a socket failed", e);
        }
    }

    /**
     * Describes the bridge by address and state.
     *
     * @return for example {@code VpcdBridge[127.0.0.1:35963, CONNECTED]}
     */
    @Override
    public String toString() {
        return "VpcdBridge[" + address.getHostString() + ":" + address.getPort() + ", " + state() + "]";
    }
}
