package io.tscns.simcard.smartcardio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * A set of simulated card readers (<i>lettori simulati</i>) seen through {@code javax.smartcardio}: unchanged code
 * that lists terminals, waits for a card, connects and transmits APDUs runs against {@link
 * io.tscns.simcard.SimulatedCard}s that a test inserts and removes at will.
 *
 * <pre>{@code
 * SimulatedReaders readers = SimulatedReaders.create("Reader A", "Reader B");
 * readers.terminal("Reader A").insert(card);
 * TerminalFactory factory = readers.terminalFactory();   // hand this to the code under test
 * }</pre>
 *
 * <p>The readers behave like the JDK's own PC/SC provider where code can tell: protocol T=1, GET RESPONSE sent
 * automatically on {@code 61xx} and the command re-sent on {@code 6Cxx}, {@code CardNotPresentException} when
 * connecting to an empty reader, {@code CardException} mentioning {@code SCARD_W_REMOVED_CARD} when the card is
 * removed under an open connection, exclusive access per thread, and the {@link CardTerminals#waitForChange(long)}
 * contract with {@code CARD_INSERTION}/{@code CARD_REMOVAL} lists. There is no global state: each instance is its own
 * little reader world, so tests can run in parallel. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SimulatedReaders {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, SimulatedTerminal> terminals = new LinkedHashMap<>();

    private SimulatedReaders(List<String> names) {
        for (String name : names) {
            Objects.requireNonNull(name, "name");
            if (terminals.putIfAbsent(name, new SimulatedTerminal(name, this)) != null) {
                throw new IllegalArgumentException("two readers cannot both be named \"" + name + "\"");
            }
        }
    }

    /**
     * Creates empty readers with the given names.
     *
     * @param names the reader names, at least one, all different
     * @return the readers
     * @throws IllegalArgumentException if no name is given or two are equal
     */
    public static SimulatedReaders create(String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("give at least one reader name");
        }
        return new SimulatedReaders(List.of(names));
    }

    /**
     * Returns a reader by name.
     *
     * @param name the name given to {@link #create(String...)}
     * @return the reader
     * @throws IllegalArgumentException if there is no reader of that name
     */
    public SimulatedTerminal terminal(String name) {
        SimulatedTerminal terminal = terminals.get(name);
        if (terminal == null) {
            throw new IllegalArgumentException(
                    "no simulated reader is named \"" + name + "\"; the readers are " + terminals.keySet());
        }
        return terminal;
    }

    /**
     * Returns every reader, in creation order.
     *
     * @return an unmodifiable list
     */
    public List<SimulatedTerminal> terminals() {
        return Collections.unmodifiableList(new ArrayList<>(terminals.values()));
    }

    /**
     * Returns a {@link TerminalFactory} of type {@value SimulatedTerminalProvider#TYPE} over these readers, from a
     * {@link SimulatedTerminalProvider}; no provider needs registering.
     *
     * @return a new factory
     */
    public TerminalFactory terminalFactory() {
        try {
            return TerminalFactory.getInstance(SimulatedTerminalProvider.TYPE, this, new SimulatedTerminalProvider());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the simulated provider registers " + SimulatedTerminalProvider.TYPE, e);
        }
    }

    /**
     * Describes the readers and what they hold.
     *
     * @return for example {@code SimulatedReaders[Reader A: card, Reader B: empty]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SimulatedReaders[");
        String separator = "";
        for (SimulatedTerminal terminal : terminals.values()) {
            sb.append(separator).append(terminal.getName()).append(terminal.isCardPresent() ? ": card" : ": empty");
            separator = ", ";
        }
        return sb.append(']').toString();
    }

    ReentrantLock lock() {
        return lock;
    }

    /** Wakes every thread waiting for a change; the caller holds the lock. */
    void signalChange() {
        changed.signalAll();
    }

    /**
     * Waits, holding the lock, until a condition holds or the timeout passes.
     *
     * @param timeoutMillis 0 to wait without limit
     * @return whether the condition holds
     */
    boolean await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeoutMillis);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                if (timeoutMillis == 0) {
                    changed.await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    changed.awaitNanos(left);
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
