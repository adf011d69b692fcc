package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CertificateLink;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.core.audit.AuditDetails;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline's last step for one call (<i>tracciatura</i>): the audit entry of its outcome, succeeded or refused,
 * appended in the call's transaction, with the role, the counter, the command's details and what the handler noted;
 * and, for an operation that changes a card, the line of the card's history. Opened when the call starts, so that
 * the entry carries the call's instant.
 */
final class AuditStep {

    private final Transaction tx;
    private final Call<?> call;
    private final Instant now;
    private final HistoryStore history;
    private final CardStore cards;
    private final AuditDetails.Builder details;

    AuditStep(Transaction tx, Call<?> call, Instant now, HistoryStore history, CardStore cards) {
        this.tx = tx;
        this.cards = cards;
        this.call = call;
        this.now = now;
        this.history = history;
        this.details = AuditDetails.builder()
                .put("role", call.operator().role().name().toLowerCase(Locale.ROOT))
                .put("counter", call.operator().counterId());
        call.command().details().forEach(details::put);
    }

    /**
     * Returns the handler's context: its notes go to this entry, its requests to the test CA wait for the commit.
     *
     * @param link the test CA
     * @return the context
     */
    OperationContext context(CertificateLink link) {
        return new OperationContext(
                call.operator(),
                now,
                details,
                (serial, action, at) -> tx.afterCommit(() -> link.apply(serial, action, at)));
    }

    <R> Outcome<R> succeeded(R result) {
        record(new AuditOutcome.Succeeded());
        return new Outcome.Done<>(result);
    }

    <R> Outcome<R> refused(Refusal refusal) {
        record(new AuditOutcome.Refused(refusal.code()));
        return new Outcome.Refused<>(refusal);
    }

    /**
     * Appends the entry of an outcome (and the card's history line, for an operation that changes a card).
     *
     * @param outcome the outcome
     */
    void record(AuditOutcome outcome) {
        Subject subject = call.command().subject();
        Optional<CodiceFiscale> person =
                subject.person().or(() -> subject.card().flatMap(cards::find).map(CardRecord::holder));
        Optional<CounterRecord> counter = call.command().counterRecord();
        counter.ifPresent(record -> {
            details.put("presented-by", record.presentedBy().mode().id());
            record.counterReference().ifPresent(reference -> details.put("counter-reference", reference));
        });
        AuditRecord.Builder audit = AuditRecord.builder(
                        call.operator().operatorId(), now, call.operation().auditCode(), outcome)
                .requestId(call.requestId())
                .details(details.build());
        subject.card().ifPresent(card -> audit.cardId(card.value()));
        person.ifPresent(holder -> audit.codiceFiscale(holder.value()));
        tx.audit(audit.build());
        if (call.operation().changesState() && subject.card().isPresent()) {
            history.appendAtCurrentState(
                    subject.card().get(),
                    person,
                    new HistoryLine(
                            0,
                            call.operation(),
                            outcome,
                            Optional.empty(),
                            call.operator().operatorId(),
                            now,
                            Optional.of(call.requestId()),
                            person,
                            counter));
        }
    }
}
