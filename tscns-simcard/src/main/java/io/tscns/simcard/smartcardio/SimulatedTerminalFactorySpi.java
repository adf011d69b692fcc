package io.tscns.simcard.smartcardio;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactorySpi;

/**
 * The service behind a simulated {@code TerminalFactory}: each {@link #engineTerminals()} call gives a new view of the
 * same {@link SimulatedReaders}.
 */
final class SimulatedTerminalFactorySpi extends TerminalFactorySpi {

    private final SimulatedReaders readers;

    SimulatedTerminalFactorySpi(SimulatedReaders readers) {
        this.readers = readers;
    }

    @Override
    protected CardTerminals engineTerminals() {
        return new SimulatedTerminalsView(readers);
    }
}
