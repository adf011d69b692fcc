package io.tscns.simcard.smartcardio;

import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedCardException;
import java.util.Objects;
import java.util.Optional;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * One simulated card reader (<i>lettore</i>) of a {@link SimulatedReaders}: a {@link CardTerminal} into which a test
 * inserts a {@link SimulatedCard} and from which it removes it.
 *
 * <p>{@link #connect(String)} powers the card on if it is not powered (a second connection shares the card, as
 * PC/SC's shared mode does) and accepts {@code "*"} and {@code "T=1"}. Removing the card, by {@link #remove()} or by
 * an injected removal fault, ends every open connection: their next command throws a {@link CardException} whose
 * message names {@code SCARD_W_REMOVED_CARD}, as the JDK's PC/SC provider does. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SimulatedTerminal extends CardTerminal {

    private final String name;
    private final SimulatedReaders readers;

    // Guarded by readers.lock().
    private SimulatedCard card;
    private long generation;
    private long changes;
    private SimulatedConnection exclusiveConnection;
    private Thread exclusiveThread;
    private SimulatedPinPad pinPad;

    SimulatedTerminal(String name, SimulatedReaders readers) {
        this.name = name;
        this.readers = readers;
    }

    /**
     * Inserts a card into the reader. The card stays unpowered until code connects to it.
     *
     * @param simulatedCard the card
     * @throws IllegalStateException if the reader already holds a card
     */
    public void insert(SimulatedCard simulatedCard) {
        Objects.requireNonNull(simulatedCard, "simulatedCard");
        readers.lock().lock();
        try {
            if (card != null) {
                throw new IllegalStateException("reader \"" + name + "\" already holds a card; remove it first");
            }
            card = simulatedCard;
            changed();
        } finally {
            readers.lock().unlock();
        }
    }

    /**
     * Removes the card, if any: it loses power and every open connection to it ends.
     *
     * @return the card that was removed, or empty if the reader was empty
     */
    public Optional<SimulatedCard> remove() {
        readers.lock().lock();
        try {
            SimulatedCard removed = card;
            if (removed != null) {
                card = null;
                exclusiveConnection = null;
                exclusiveThread = null;
                removed.powerOff();
                changed();
            }
            return Optional.ofNullable(removed);
        } finally {
            readers.lock().unlock();
        }
    }

    /**
     * Makes this a PIN-pad reader (<i>lettore con tastierino</i>): it announces the PC/SC part 10 features
     * {@code FEATURE_VERIFY_PIN_DIRECT} and {@code FEATURE_MODIFY_PIN_DIRECT}, and takes each code from the keypad's
     * script ({@code docs/pcsc.md §10}). Only in process: vpcd passes no control command to pcscd's virtual reader.
     *
     * @param keypad the keypad the test scripts
     */
    public void attachKeypad(SimulatedKeypad keypad) {
        SimulatedPinPad attached = new SimulatedPinPad(Objects.requireNonNull(keypad, "keypad"));
        readers.lock().lock();
        try {
            pinPad = attached;
        } finally {
            readers.lock().unlock();
        }
    }

    /**
     * Runs a control command for a connection: the PIN-pad features when a keypad is attached.
     *
     * @throws CardException if the reader has no such control code, or the card could not answer
     */
    byte[] control(SimulatedConnection connection, int controlCode, byte[] command) throws CardException {
        SimulatedPinPad attached;
        readers.lock().lock();
        try {
            requireCurrent(connection);
            attached = pinPad;
        } finally {
            readers.lock().unlock();
        }
        if (attached == null) {
            throw new CardException("the simulated reader has no control code " + controlCode
                    + " (it has no PIN pad and no PC/SC part 10 features)");
        }
        return attached.control(controlCode, command, apdu -> transmit(connection, apdu));
    }

    /**
     * Returns the card in the reader.
     *
     * @return the card, or empty
     */
    public Optional<SimulatedCard> card() {
        readers.lock().lock();
        try {
            return Optional.ofNullable(card);
        } finally {
            readers.lock().unlock();
        }
    }

    private void changed() {
        generation++;
        changes++;
        readers.signalChange();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        Objects.requireNonNull(protocol, "protocol");
        if (protocol.equals("T=0")) {
            throw new CardException("the card supports protocol T=1 only");
        }
        if (protocol.equalsIgnoreCase("direct")) {
            throw new CardException("the simulated reader does not support direct connections");
        }
        if (!protocol.equals("*") && !protocol.equals("T=1")) {
            throw new IllegalArgumentException("unsupported protocol " + protocol + "; use \"*\" or \"T=1\"");
        }
        readers.lock().lock();
        try {
            if (card == null) {
                throw new CardNotPresentException("No card present in terminal " + name);
            }
            if (!card.isPowered()) {
                card.powerOn();
            }
            return new SimulatedConnection(this, card, generation);
        } finally {
            readers.lock().unlock();
        }
    }

    @Override
    public boolean isCardPresent() {
        return card().isPresent();
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean present, long timeout) throws CardException {
        try {
            return readers.await(() -> (card != null) == present, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for the card", e);
        }
    }

    /** Returns how many insertions and removals happened; the caller holds the lock. */
    long changes() {
        return changes;
    }

    /** Tells whether a card is present; the caller holds the lock. */
    boolean presentLocked() {
        return card != null;
    }

    /**
     * Sends a command for a connection, as the connection's channel does.
     *
     * @throws CardException if the card was removed since the connection opened, another thread holds exclusive
     *                       access, or the card could not answer
     */
    byte[] transmit(SimulatedConnection connection, byte[] command) throws CardException {
        SimulatedCard target;
        readers.lock().lock();
        try {
            requireCurrent(connection);
            if (exclusiveConnection != null
                    && (exclusiveConnection != connection || exclusiveThread != Thread.currentThread())) {
                throw new CardException("SCARD_E_SHARING_VIOLATION: another thread or connection holds exclusive"
                        + " access to the card in " + name);
            }
            target = card;
        } finally {
            readers.lock().unlock();
        }
        try {
            return target.process(command);
        } catch (SimulatedCardException e) {
            if (e.reason() == SimulatedCardException.Reason.REMOVED) {
                removeIfStill(target);
                throw new CardException("SCARD_W_REMOVED_CARD: the card was removed from " + name, e);
            }
            if (e.reason() == SimulatedCardException.Reason.NOT_POWERED) {
                throw new CardException("SCARD_W_UNPOWERED_CARD: the card in " + name + " is not powered", e);
            }
            throw new CardException("interrupted while the card in " + name + " was answering", e);
        }
    }

    private void removeIfStill(SimulatedCard target) {
        readers.lock().lock();
        try {
            if (card == target) {
                remove();
            }
        } finally {
            readers.lock().unlock();
        }
    }

    void beginExclusive(SimulatedConnection connection) throws CardException {
        readers.lock().lock();
        try {
            requireCurrent(connection);
            if (exclusiveConnection != null) {
                throw new CardException("exclusive access to the card in " + name + " is already held");
            }
            exclusiveConnection = connection;
            exclusiveThread = Thread.currentThread();
        } finally {
            readers.lock().unlock();
        }
    }

    void endExclusive(SimulatedConnection connection) throws CardException {
        readers.lock().lock();
        try {
            if (exclusiveConnection != connection || exclusiveThread != Thread.currentThread()) {
                throw new IllegalStateException("this thread holds no exclusive access through this connection");
            }
            requireCurrent(connection);
            exclusiveConnection = null;
            exclusiveThread = null;
        } finally {
            readers.lock().unlock();
        }
    }

    /** Ends a connection, releasing its exclusive access and resetting the card if asked. */
    void disconnect(SimulatedConnection connection, boolean reset) {
        SimulatedCard target = null;
        readers.lock().lock();
        try {
            if (exclusiveConnection == connection) {
                exclusiveConnection = null;
                exclusiveThread = null;
            }
            if (reset && connection.generation() == generation && card != null) {
                target = card;
            }
        } finally {
            readers.lock().unlock();
        }
        if (target != null) {
            target.reset();
        }
    }

    private void requireCurrent(SimulatedConnection connection) throws CardException {
        if (card == null || connection.generation() != generation) {
            throw new CardException("SCARD_W_REMOVED_CARD: the card was removed from " + name);
        }
    }

    /**
     * Describes the reader.
     *
     * @return for example {@code SimulatedTerminal[Reader A, card present]}
     */
    @Override
    public String toString() {
        return "SimulatedTerminal[" + name + (isCardPresent() ? ", card present]" : ", empty]");
    }
}
