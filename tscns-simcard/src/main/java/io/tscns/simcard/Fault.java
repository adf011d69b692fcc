package io.tscns.simcard;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault injected into a {@link SimulatedCard}: when the {@link FaultTrigger} matches an APDU, the
 * {@link FaultAction} happens instead of (or, for a delay, before) normal processing. This is how tests reproduce a
 * card pulled out mid-operation, a card answering an unexpected status word, or a slow reader, deterministically.
 *
 * <p>When several faults match one APDU, their delays add up and the first removal or status answer (in injection
 * order) wins; every one-shot fault that matched is spent. Immutable and thread-safe.
 *
 * @param trigger when the fault fires
 * @param action  what it does
 * @since 0.1.0
 */
public record Fault(FaultTrigger trigger, FaultAction action) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if either is {@code null}
     */
    public Fault {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
    }

    /**
     * The card is removed when the n-th APDU after injection arrives.
     *
     * @param apduNumber the APDU number, from 1
     * @return the fault
     */
    public static Fault removeCardAt(long apduNumber) {
        return new Fault(new FaultTrigger.AtApdu(apduNumber), new FaultAction.RemoveCard());
    }

    /**
     * The n-th APDU after injection is answered with a status word instead of being executed.
     *
     * @param apduNumber the APDU number, from 1
     * @param sw         the status word
     * @return the fault
     */
    public static Fault answerAt(long apduNumber, int sw) {
        return new Fault(new FaultTrigger.AtApdu(apduNumber), new FaultAction.AnswerStatus(sw));
    }

    /**
     * The next APDU with this instruction is answered with a status word instead of being executed.
     *
     * @param ins the instruction byte
     * @param sw  the status word
     * @return the fault
     */
    public static Fault answerNext(int ins, int sw) {
        return new Fault(new FaultTrigger.OnInstruction(ins, true), new FaultAction.AnswerStatus(sw));
    }

    /**
     * Every APDU with this instruction is answered with a status word instead of being executed.
     *
     * @param ins the instruction byte
     * @param sw  the status word
     * @return the fault
     */
    public static Fault answerEvery(int ins, int sw) {
        return new Fault(new FaultTrigger.OnInstruction(ins, false), new FaultAction.AnswerStatus(sw));
    }

    /**
     * Every APDU waits this long before the card executes it.
     *
     * @param perApdu the added latency
     * @return the fault
     */
    public static Fault latency(Duration perApdu) {
        return new Fault(new FaultTrigger.EveryApdu(), new FaultAction.Delay(perApdu));
    }
}
