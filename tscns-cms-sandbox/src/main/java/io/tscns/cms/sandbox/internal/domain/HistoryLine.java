package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a card's history (<i>elenco cronologico delle operazioni</i>, DM 20 giugno 2011 Allegato 2 point 5):
 * an operation on the card, its outcome and the state it left the card in.
 *
 * @param sequence   position in the history, increasing (0 for a line not yet written)
 * @param operation  the operation
 * @param outcome    succeeded or refused with a code
 * @param stateAfter the card's state after the operation
 * @param operatorId the operator
 * @param at         when
 * @param requestId  the request id, if the line records a request of its own
 * @param holder     the card's holder, when known (given by the store from the card when a line is written)
 * @param counterRecord what the counter checked and collected, for an operation done at the counter
 */
public record HistoryLine(
        long sequence,
        Operation operation,
        AuditOutcome outcome,
        Optional<CardState> stateAfter,
        String operatorId,
        Instant at,
        Optional<String> requestId,
        Optional<CodiceFiscale> holder,
        Optional<CounterRecord> counterRecord) {

    /**
     * Checks the components.
     */
    public HistoryLine {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(counterRecord, "counterRecord");
    }

    /**
     * Creates a line to be written, without a counter record; the store gives its holder.
     *
     * @param operation  the operation
     * @param outcome    succeeded or refused with a code
     * @param stateAfter the card's state after the operation
     * @param operatorId the operator
     * @param at         when
     * @param requestId  the request id, if the line records a request of its own
     * @return the line
     */
    public static HistoryLine of(
            Operation operation,
            AuditOutcome outcome,
            Optional<CardState> stateAfter,
            String operatorId,
            Instant at,
            Optional<String> requestId) {
        return new HistoryLine(
                0, operation, outcome, stateAfter, operatorId, at, requestId, Optional.empty(), Optional.empty());
    }
}
