package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.lifecycle.CardState;
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
 */
public record HistoryLine(long sequence, Operation operation, AuditOutcome outcome, Optional<CardState> stateAfter,
        String operatorId, Instant at, Optional<String> requestId) {

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
    }
}
