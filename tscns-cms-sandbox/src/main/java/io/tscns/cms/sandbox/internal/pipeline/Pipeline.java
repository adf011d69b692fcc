package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CertificateLink;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.OperationRefused;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way every operation of the sandbox CMS runs (<i>percorso della richiesta</i>), inside one transaction of the
 * single writer:
 * <ol>
 *   <li>the authenticated operator and the {@link Call} come in;</li>
 *   <li><b>role check</b>: the {@link RoleMatrix}'s grant ({@code forbidden-role}, {@code other-region},
 *       {@code reissue-not-enabled});</li>
 *   <li><b>idempotency</b>: a state-changing call whose key was used before gets the kept answer, or a refusal if the
 *       key was used for another request;</li>
 *   <li><b>the clock</b>: what is due at the call's instant is applied to the cards it is about (expiry, {@link
 *       ClockStep}), outside the savepoint, so that it stands whatever the call's outcome;</li>
 *   <li><b>savepoint</b>: the handler's changes are undone if it refuses or fails;</li>
 *   <li><b>the operation's {@link Handler}</b>;</li>
 *   <li><b>audit</b>: the outcome, succeeded or refused, appended to the audit chain (and the card's history) in the
 *       same transaction as the change; for a keyed call, the encoded answer kept under its key, in it too.</li>
 * </ol>
 * The transaction then commits with the others waiting (group commit, forced to the disk) before the caller gets the
 * outcome, and the test CA hears of revocations and holds. A replayed answer and a reused key are not audited: they
 * run nothing. Thread-safe.
 */
public final class Pipeline {

    private final SingleWriter writer;
    private final Access access;
    private final CardStore cards;
    private final IdempotencyRecords idempotency;
    private final HistoryStore history;
    private final CertificateLink certificates;
    private final Clock clock;
    private final ClockStep due;

    /**
     * Creates the pipeline.
     *
     * @param writer       the single writer
     * @param cards        the cards, for the region condition of the role check
     * @param history      the cards' histories, for the audit step
     * @param idempotency  the answers kept under idempotency keys
     * @param certificates the test CA, told after the commit
     * @param clock        the time of each operation
     * @param due          what the clock applies to the cards of a call before its handler (expiry)
     */
    public Pipeline(
            SingleWriter writer,
            CardStore cards,
            HistoryStore history,
            IdempotencyRecords idempotency,
            CertificateLink certificates,
            Clock clock,
            ClockStep due) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.access = new Access(cards);
        this.cards = cards;
        this.history = Objects.requireNonNull(history, "history");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.due = Objects.requireNonNull(due, "due");
    }

    /**
     * Runs a call that carries no idempotency key: a read, which is audited too.
     *
     * @param call    the call
     * @param handler its operation's handler
     * @param <C>     the command type
     * @param <R>     the result type
     * @return the outcome, committed
     */
    public <C extends Command, R> Outcome<R> run(Call<C> call, Handler<C, R> handler) {
        return writer.write(tx -> steps(tx, call, handler, clock.instant(), IdempotencyStep.none()));
    }

    /**
     * Runs a state-changing call under its idempotency key.
     *
     * @param call    the call
     * @param handler its operation's handler
     * @param key     the key and the request's digest
     * @param encode  the front end's encoding of the outcome (run inside the transaction, so that the answer kept
     *                under the key is the one sent)
     * @param <C>     the command type
     * @param <R>     the result type
     * @return the answer, committed
     */
    public <C extends Command, R> Answered run(
            Call<C> call, Handler<C, R> handler, IdempotentRequest key, Function<Outcome<R>, StoredAnswer> encode) {
        IdempotencyRecords.Slot slot = idempotency.slot(call.operator().operatorId(), key.key());
        return writer.write(tx -> {
            Instant now = clock.instant();
            return steps(tx, call, handler, now, IdempotencyStep.keyed(idempotency, slot, key, encode, now));
        });
    }

    /**
     * Records, in a transaction of its own, a call the front decided without an operation: its refusal of the request
     * as it came ({@link Refusal.RequestRefused}), or a login, logout or "who am I" ({@code refusal} empty). For an
     * operation that changes a card, the card's history gets the line too.
     *
     * @param call    the call
     * @param refusal why it was refused, or empty if it succeeded
     */
    public void record(Call<?> call, Optional<Refusal> refusal) {
        writer.write(tx -> {
            AuditStep audit = new AuditStep(tx, call, clock.instant(), history, cards);
            audit.record(refusal.<AuditOutcome>map(refused -> new AuditOutcome.Refused(refused.code()))
                    .orElseGet(AuditOutcome.Succeeded::new));
            return null;
        });
    }

    /**
     * Records, in a transaction of its own, a request of a principal that is no authenticated operator: a request
     * refused as {@code unauthenticated} or {@code operator-disabled} (the operator id claimed, or
     * {@code anonymous}), or the sandbox's own outbox capability.
     *
     * @param principal the principal, as the entry names it
     * @param operation the operation asked for
     * @param requestId the request id
     * @param subject   what it was about
     * @param refused   the refusal's code, or empty if it succeeded
     */
    public void record(
            String principal, Operation operation, String requestId, Subject subject, Optional<String> refused) {
        writer.write(tx -> {
            AuditRecord.Builder entry = AuditRecord.builder(
                            principal,
                            clock.instant(),
                            operation.auditCode(),
                            refused.<AuditOutcome>map(AuditOutcome.Refused::new).orElseGet(AuditOutcome.Succeeded::new))
                    .requestId(requestId);
            subject.card().ifPresent(card -> entry.cardId(card.value()));
            subject.person().ifPresent(person -> entry.codiceFiscale(person.value()));
            tx.audit(entry.build());
            return null;
        });
    }

    private <C extends Command, R, A> A steps(
            Transaction tx, Call<C> call, Handler<C, R> handler, Instant now, IdempotencyStep<R, A> idempotent) {
        AuditStep audit = new AuditStep(tx, call, now, history, cards);
        Optional<Refusal> denied = access.check(call);
        if (denied.isPresent()) {
            return idempotent.unkept(audit.refused(denied.get()));
        }
        Optional<A> replay = idempotent.lookUp();
        if (replay.isPresent()) {
            return replay.get();
        }
        if (call.operation() != Operation.EXPIRE) {
            due.apply(call.command().subject(), now, tx);
        }
        Outcome<R> outcome;
        try {
            R result = tx.savepoint(() -> handler.handle(call.command(), audit.context(certificates)));
            outcome = audit.succeeded(result);
        } catch (OperationRefused refused) {
            refused.standing().apply();
            outcome = audit.refused(refused.refusal());
        }
        return idempotent.keep(outcome);
    }
}
