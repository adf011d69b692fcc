package io.tscns.card.reader;

import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.PcscServiceUnavailableException;
import io.tscns.card.smartcardio.internal.PcscFailures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the card readers and reports changes to listeners (<i>monitoraggio dei lettori</i>): readers attached and
 * detached, cards inserted and removed, the PC/SC service lost and back.
 *
 * <p>A daemon thread polls {@link Readers}: it takes a {@link ReaderSnapshot}, sends the events since the last one
 * to every listener in order (a listener that throws is logged and the others still get the event), then waits for
 * a change of card presence for at most the poll interval (readers plugged in are seen at the next poll). When the
 * service is lost, while polling or while waiting, it reports {@link ReaderEvent.ServiceUnavailable} and asks again
 * after a backoff (the interval, doubling, at most 5 s or the interval), and {@link Readers} tries a new terminal
 * factory each time; with {@link TerminalFactorySource#recovering()} that survives a pcscd restart, see
 * {@link Readers}. A card removed and inserted again within one interval may be seen as no change. One thread, never
 * more; thread-safe; close it to stop the thread.
 *
 * @since 0.1.0
 */
public final class ReaderMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderMonitor.class);

    private final Readers readers;
    private final Duration interval;
    private final ReconnectBackoff backoff;
    private final List<ReaderListener> listeners = new CopyOnWriteArrayList<>();
    /** Held across PC/SC calls: a lock, not a monitor, so that a virtual thread reading the snapshot does not pin. */
    private final ReentrantLock pollLock = new ReentrantLock();

    private final ReentrantLock lock = new ReentrantLock();
    private ReaderSnapshot last = ReaderSnapshot.INITIAL;
    private volatile boolean running;
    private Thread thread;

    /**
     * Creates a monitor; {@link #start()} starts it.
     *
     * @param readers  the readers to watch
     * @param interval the longest wait between two polls
     */
    public ReaderMonitor(Readers readers, Duration interval) {
        this.readers = Objects.requireNonNull(readers, "readers");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.interval = interval;
        this.backoff = ReconnectBackoff.forInterval(interval);
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     */
    public void addListener(ReaderListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(ReaderListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts the monitor's daemon thread; the first poll reports every reader and card already there.
     *
     * @throws IllegalStateException if it was already started
     */
    public void start() {
        lock.lock();
        try {
            if (thread != null) {
                throw new IllegalStateException("the monitor was already started");
            }
            running = true;
            thread = new Thread(this::run, "tscns-reader-monitor");
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread; it ends within one poll interval. */
    @Override
    public void close() {
        lock.lock();
        try {
            running = false;
            if (thread != null) {
                thread.interrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns what the last poll saw.
     *
     * @return the snapshot
     */
    public ReaderSnapshot lastSnapshot() {
        pollLock.lock();
        try {
            return last;
        } finally {
            pollLock.unlock();
        }
    }

    private void run() {
        int failures = 0;
        while (running) {
            ReaderSnapshot snapshot = poll();
            failures = snapshot.serviceAvailable() ? 0 : failures + 1;
            try {
                if (!snapshot.serviceAvailable()) {
                    Thread.sleep(backoff.delay(failures).toMillis());
                } else if (snapshot.readers().isEmpty()) {
                    Thread.sleep(interval.toMillis());
                } else {
                    awaitChange();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Waits for a change as the monitor's thread does between polls; tests call it to drive the monitor.
     *
     * @throws InterruptedException if interrupted while sleeping after a failure
     */
    void awaitChange() throws InterruptedException {
        try {
            readers.waitForChange(interval);
        } catch (PcscServiceUnavailableException e) {
            serviceLost(e.getMessage());
        } catch (CardConnectionException e) {
            LOG.debug("waiting for a reader change failed: {}", e.getMessage());
            Thread.sleep(interval.toMillis());
        }
    }

    /**
     * Reports the service lost while waiting for a change, so that a pcscd restart between two polls is seen even
     * when the next poll already reaches the new service.
     */
    private void serviceLost(String reason) {
        pollLock.lock();
        try {
            advance(new ReaderSnapshot(false, Map.of()), reason);
        } finally {
            pollLock.unlock();
        }
    }

    /**
     * Polls once and dispatches the events since the last poll. The monitor's thread calls this; tests call it
     * directly to drive the monitor step by step.
     *
     * @return the new snapshot
     */
    ReaderSnapshot poll() {
        pollLock.lock();
        try {
            String reason = "";
            ReaderSnapshot next;
            try {
                Map<String, Boolean> state = new LinkedHashMap<>();
                for (CardTerminal terminal : readers.list()) {
                    state.put(terminal.getName(), present(terminal));
                }
                next = new ReaderSnapshot(true, state);
            } catch (PcscServiceUnavailableException e) {
                reason = e.getMessage();
                next = new ReaderSnapshot(false, Map.of());
            } catch (CardConnectionException e) {
                LOG.debug("polling the readers failed: {}", e.getMessage());
                return last;
            }
            advance(next, reason);
            return next;
        } finally {
            pollLock.unlock();
        }
    }

    private void advance(ReaderSnapshot next, String unavailableReason) {
        List<ReaderEvent> events = last.changesTo(next, unavailableReason);
        last = next;
        dispatch(events);
    }

    private static boolean present(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            // A reader that vanished between the list and this call: seen as empty now, gone at the next poll.
            LOG.debug(
                    "card presence of {} unknown: {}",
                    terminal.getName(),
                    PcscFailures.pcscCode(e).orElse(e.getMessage()));
            return false;
        }
    }

    private void dispatch(List<ReaderEvent> events) {
        List<ReaderListener> current = new ArrayList<>(listeners);
        for (ReaderEvent event : events) {
            for (ReaderListener listener : current) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("reader listener {} failed on {}", listener, event, e);
                }
            }
        }
    }
}
