package io.tscns.simcard.internal;

import io.tscns.simcard.Fault;
import io.tscns.simcard.FaultAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The faults injected into one card, each remembering the APDU count at injection so that its trigger counts APDUs
 * from then on. Not thread-safe; the card guards it.
 */
public final class FaultSchedule {

    /**
     * What the injected faults decide for one APDU.
     *
     * @param delay    the total latency to add
     * @param outcome  a removal or a status answer replacing normal processing, or {@code null} to process normally
     */
    public record Decision(Duration delay, FaultAction outcome) {}

    private record Armed(Fault fault, long base) {}

    private final List<Armed> armed = new ArrayList<>();

    /**
     * Adds a fault.
     *
     * @param fault      the fault
     * @param apduCount  how many APDUs the card has received so far
     */
    public void inject(Fault fault, long apduCount) {
        armed.add(new Armed(fault, apduCount));
    }

    /** Removes every fault. */
    public void clear() {
        armed.clear();
    }

    /**
     * Decides what happens to an APDU, spending every one-shot fault that matches it (a one-shot removal or status
     * answer that loses to an earlier one is spent too).
     *
     * @param apduCount the card's APDU count including this APDU
     * @param ins       the APDU's instruction byte, or -1 if it has none
     * @return the combined decision
     */
    public Decision next(long apduCount, int ins) {
        Duration delay = Duration.ZERO;
        FaultAction outcome = null;
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed a = it.next();
            if (!a.fault().trigger().matches(apduCount - a.base(), ins)) {
                continue;
            }
            FaultAction action = a.fault().action();
            if (action instanceof FaultAction.Delay d) {
                delay = delay.plus(d.delay());
            } else if (outcome == null) {
                outcome = action;
            }
            if (a.fault().trigger().once()) {
                it.remove();
            }
        }
        return new Decision(delay, outcome);
    }
}
