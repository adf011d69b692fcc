package io.tscns.simcard.smartcardio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The {@link CardTerminals} a simulated {@code TerminalFactory} returns. Each view remembers what it saw at its last
 * {@link #waitForChange(long)}, which {@link State#CARD_INSERTION} and {@link State#CARD_REMOVAL} report, as the
 * {@code javax.smartcardio} contract says. Thread-safe.
 */
final class SimulatedTerminalsView extends CardTerminals {

    private final SimulatedReaders readers;

    // Guarded by readers.lock().
    private Map<SimulatedTerminal, Long> seen;
    private final Set<SimulatedTerminal> inserted = new HashSet<>();
    private final Set<SimulatedTerminal> removed = new HashSet<>();

    SimulatedTerminalsView(SimulatedReaders readers) {
        this.readers = readers;
    }

    @Override
    public List<CardTerminal> list(State state) throws CardException {
        Objects.requireNonNull(state, "state");
        readers.lock().lock();
        try {
            List<CardTerminal> result = new ArrayList<>();
            for (SimulatedTerminal terminal : readers.terminals()) {
                boolean include = switch (state) {
                    case ALL -> true;
                    case CARD_PRESENT -> terminal.presentLocked();
                    case CARD_ABSENT -> !terminal.presentLocked();
                    case CARD_INSERTION -> inserted.contains(terminal);
                    case CARD_REMOVAL -> removed.contains(terminal);
                };
                if (include) {
                    result.add(terminal);
                }
            }
            return result;
        } finally {
            readers.lock().unlock();
        }
    }

    @Override
    public CardTerminal getTerminal(String name) {
        try {
            return readers.terminal(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean waitForChange(long timeout) throws CardException {
        try {
            readers.lock().lock();
            try {
                if (seen == null) {
                    seen = snapshot(); // the first call waits for a change from now on
                }
                boolean changed = readers.await(() -> !snapshot().equals(seen), timeout);
                if (changed) {
                    record();
                }
                return changed;
            } finally {
                readers.lock().unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for a card change", e);
        }
    }

    private Map<SimulatedTerminal, Long> snapshot() {
        Map<SimulatedTerminal, Long> counts = new HashMap<>();
        for (SimulatedTerminal terminal : readers.terminals()) {
            counts.put(terminal, terminal.changes());
        }
        return counts;
    }

    /** Records which readers saw an insertion or a removal since the last call; the caller holds the lock. */
    private void record() {
        Map<SimulatedTerminal, Long> now = snapshot();
        inserted.clear();
        removed.clear();
        for (SimulatedTerminal terminal : readers.terminals()) {
            long events = now.get(terminal) - seen.get(terminal);
            if (events == 0) {
                continue;
            }
            boolean present = terminal.presentLocked();
            if (present || events > 1) {
                inserted.add(terminal);
            }
            if (!present || events > 1) {
                removed.add(terminal);
            }
        }
        seen = now;
    }
}
