package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.ClockStep;
import io.tscns.cms.sandbox.internal.pipeline.Transaction;
import io.tscns.core.audit.AuditDetails;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's clock applying expiry (<i>scadenza</i>, {@code docs/cms.md §9.6}): before any operation on a card, or
 * on a person's cards, each of those cards that is past its expiry date and not yet in a final state is moved to
 * {@link CardState#EXPIRED} in the operation's transaction, with a line in its history and an entry in the audit
 * chain under the principal {@value #PRINCIPAL}. Because expired is final, an expiry is written once: a crash before
 * the commit leaves nothing, and the next operation on the card applies it. A card is valid through its expiry date
 * and expired from the next day, in Italian time. Used by the single writer's thread.
 */
public final class DueExpiries implements ClockStep {

    /** The principal the history and the audit chain name for what the clock applies. */
    public static final String PRINCIPAL = "sandbox-clock";

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final CardStore cards;
    private final HistoryStore history;
    private final LifecyclePolicy lifecycle;

    DueExpiries(CardStore cards, HistoryStore history, LifecyclePolicy lifecycle) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.history = Objects.requireNonNull(history, "history");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * Tells whether a card is past its expiry date at an instant and not yet in a final state.
     *
     * @param card the card
     * @param now  the instant
     * @return whether its expiry is due
     */
    static boolean due(CardRecord card, Instant now) {
        return !card.state().isFinal() && LocalDate.ofInstant(now, ZONE).isAfter(card.expiryDate());
    }

    @Override
    public void apply(Subject subject, Instant now, Transaction tx) {
        List<CardRecord> touched = subject.card()
                .flatMap(cards::find)
                .map(List::of)
                .or(() -> subject.person().map(cards::ofHolder))
                .orElse(List.of());
        for (CardRecord card : touched) {
            if (due(card, now)) {
                expire(card, now, tx);
            }
        }
    }

    private void expire(CardRecord card, Instant now, Transaction tx) {
        Transition transition = lifecycle.apply(card.state(), new CardEvent.Expiry());
        if (!cards.update(card.inState(transition.to(), now))) {
            return; // cannot happen on the single writer's thread; the next operation applies it
        }
        cards.recordCertificateAction(card.cardId(), transition.certificateAction(), now);
        history.append(
                card.cardId(),
                Optional.of(card.holder()),
                HistoryLine.of(
                        Operation.EXPIRE,
                        new AuditOutcome.Succeeded(),
                        Optional.of(transition.to()),
                        PRINCIPAL,
                        now,
                        Optional.empty()));
        tx.audit(AuditRecord.builder(PRINCIPAL, now, Operation.EXPIRE.auditCode(), new AuditOutcome.Succeeded())
                .cardId(card.cardId().value())
                .codiceFiscale(card.holder().value())
                .details(AuditDetails.builder()
                        .put("expiry-date", card.expiryDate().toString())
                        .build())
                .build());
    }
}
