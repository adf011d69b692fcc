package io.tscns.card.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the {@link ReaderMonitor} saw at one poll (<i>istantanea dei lettori</i>): whether the PC/SC service could be
 * reached, and each reader with whether it holds a card. The events between two snapshots are
 * {@link #changesTo(ReaderSnapshot)}; applying them to the first gives the second ({@link #apply(ReaderEvent)}).
 * Immutable.
 *
 * @param serviceAvailable whether the PC/SC service could be reached
 * @param readers          reader name to card presence, in name order
 * @since 0.1.0
 */
public record ReaderSnapshot(boolean serviceAvailable, Map<String, Boolean> readers) {

    /** The state before the first poll: no service seen, no readers. */
    public static final ReaderSnapshot INITIAL = new ReaderSnapshot(false, Map.of());

    /**
     * Copies the map and checks that a snapshot without service has no readers.
     *
     * @throws IllegalArgumentException if it has
     */
    public ReaderSnapshot {
        readers = java.util.Collections.unmodifiableMap(new TreeMap<>(readers));
        if (!serviceAvailable && !readers.isEmpty()) {
            throw new IllegalArgumentException("without the PC/SC service no reader is visible");
        }
    }

    /**
     * Returns the events that lead from this snapshot to another, in a consistent order.
     *
     * @param next the later snapshot
     * @return the events, empty if nothing changed
     */
    public List<ReaderEvent> changesTo(ReaderSnapshot next) {
        return changesTo(next, "the PC/SC service cannot be reached");
    }

    List<ReaderEvent> changesTo(ReaderSnapshot next, String unavailableReason) {
        List<ReaderEvent> events = new ArrayList<>();
        if (!serviceAvailable && next.serviceAvailable) {
            events.add(new ReaderEvent.ServiceAvailable());
        }
        readers.forEach((reader, hadCard) -> {
            Boolean hasCard = next.readers.get(reader);
            if (hadCard && !Boolean.TRUE.equals(hasCard)) {
                events.add(new ReaderEvent.CardRemoved(reader));
            }
            if (hasCard == null) {
                events.add(new ReaderEvent.ReaderDetached(reader));
            }
        });
        next.readers.forEach((reader, hasCard) -> {
            Boolean hadCard = readers.get(reader);
            if (hadCard == null) {
                events.add(new ReaderEvent.ReaderAttached(reader));
            }
            if (hasCard && !Boolean.TRUE.equals(hadCard)) {
                events.add(new ReaderEvent.CardInserted(reader));
            }
        });
        if (serviceAvailable && !next.serviceAvailable) {
            events.add(new ReaderEvent.ServiceUnavailable(unavailableReason));
        }
        return events;
    }

    /**
     * Returns the snapshot after one event.
     *
     * @param event the event
     * @return the new snapshot
     */
    public ReaderSnapshot apply(ReaderEvent event) {
        Map<String, Boolean> map = new TreeMap<>(readers);
        boolean service = serviceAvailable;
        Objects.requireNonNull(event, "event");
        if (event instanceof ReaderEvent.ReaderAttached e) {
            map.put(e.reader(), false);
        } else if (event instanceof ReaderEvent.ReaderDetached e) {
            map.remove(e.reader());
        } else if (event instanceof ReaderEvent.CardInserted e) {
            map.put(e.reader(), true);
        } else if (event instanceof ReaderEvent.CardRemoved e) {
            map.put(e.reader(), false);
        } else if (event instanceof ReaderEvent.ServiceUnavailable) {
            service = false;
            map.clear();
        } else {
            service = true;
        }
        return new ReaderSnapshot(service, map);
    }
}
