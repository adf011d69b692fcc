package io.tscns.card.reader;

/**
 * Receives the events of a {@link ReaderMonitor} (<i>ascoltatore dei lettori</i>). Called on the monitor's thread,
 * one event at a time; a listener that throws is logged and does not stop the others or the monitor.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReaderListener {

    /**
     * Handles one event.
     *
     * @param event what changed
     */
    void onEvent(ReaderEvent event);
}
