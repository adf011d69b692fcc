package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.FiledReissue;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.ReissueReason;
import io.tscns.cms.sandbox.internal.domain.RequestStore;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Files a duplicate (re-issue) request (<i>riemissione</i>, Toscana manual v2.0 §10.5; DM 20 giugno 2011 Allegato 2
 * point 7). The old card — the one named, or else the person's card changed last that is not final — goes with the
 * request (§10.7: "la revoca viene fatta contestualmente alla richiesta di riemissione"): after a loss or theft an
 * activated card is revoked by the holder for that cause (the CIP checked where the lifecycle profile requires it),
 * any other card or reason is replaced (certificate superseded); the old card's history records the request. A new
 * card is recorded for the person in the old card's region, or else the operator's.
 */
public final class ReissueHandler implements Handler<ReissueHandler.Input, FiledReissue> {

    /**
     * A duplicate request.
     *
     * @param person the person
     * @param reason why
     * @param cardId the card being replaced, if known
     * @param cip    the holder's CIP, for the revocation of a lost or stolen activated card (the caller destroys it)
     */
    public record Input(CodiceFiscale person, ReissueReason reason, Optional<CardId> cardId, Optional<Cip> cip)
            implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(cip, "cip");
        }

        @Override
        public Subject subject() {
            return Subject.of(person);
        }

        @Override
        public Map<String, String> details() {
            return Map.of("reason", reason.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "ReissueHandler.Input[" + person + ", " + reason + ", " + cardId + "]";
        }
    }

    private final CardStore cards;
    private final HolderStore holders;
    private final HistoryStore history;
    private final RequestStore requests;
    private final CipCheck cip;
    private final Transitions transitions;
    private final NewCards newCards;

    ReissueHandler(CardStore cards, HolderStore holders, HistoryStore history, RequestStore requests, CipCheck cip,
            Transitions transitions, NewCards newCards) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
        this.history = Objects.requireNonNull(history, "history");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.cip = Objects.requireNonNull(cip, "cip");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.newCards = Objects.requireNonNull(newCards, "newCards");
    }

    @Override
    public FiledReissue handle(Input input, OperationContext context) {
        List<CardRecord> owned = Lookups.cardsOf(cards, holders, input.person());
        Optional<CardRecord> old;
        if (input.cardId().isPresent()) {
            old = Optional.of(owned.stream().filter(card -> card.cardId().equals(input.cardId().get())).findFirst()
                    .orElseThrow(() -> Lookups.refused(new Refusal.CardNotFound(Refusal.Lookup.PERSON))));
        } else {
            old = owned.stream().filter(card -> !card.state().isFinal())
                    .max(Comparator.comparing(CardRecord::updatedAt));
        }
        old.ifPresent(card -> retire(card, input, context));
        String region = old.map(CardRecord::region).orElse(context.operator().region());
        newCards.issue(input.person(), region, Operation.REISSUE, context);
        String id = requests.file("reissue", input.person(), input.reason().name(), context.operator().operatorId(),
                context.now());
        return new FiledReissue(id, input.person(), input.reason(), old.map(CardRecord::cardId), context.now());
    }

    /** Revokes or replaces the old card, and records the request in its history. */
    private void retire(CardRecord card, Input input, OperationContext context) {
        context.detail("replaced-card", card.cardId().value());
        CardEvent event;
        if (input.reason().compromises()
                && (card.state() == CardState.ACTIVE || card.state() == CardState.SUSPENDED)) {
            if (!card.region().equals(context.operator().region())) {
                // The CIP of another region's card is not this counter's to try (the role matrix's rule for
                // revocations with the CIP): refused before the CIP is compared.
                throw Lookups.refused(new Refusal.OtherRegion(context.operator().role(), Operation.REISSUE));
            }
            RevocationRequester holder = new RevocationRequester.Holder(cip.verify(card, input.cip(), context.now()));
            card = Lookups.card(cards, card.cardId());
            event = new CardEvent.Revocation(input.reason() == ReissueReason.LOST ? RevocationCause.LOSS
                    : RevocationCause.THEFT, holder);
        } else {
            event = new CardEvent.Replacement();
        }
        CardRecord after = transitions.apply(card, event, context);
        history.append(after.cardId(), Optional.of(input.person()), HistoryLine.of(Operation.REISSUE,
                new AuditOutcome.Succeeded(), Optional.of(after.state()), context.operator().operatorId(),
                context.now(), Optional.empty()));
    }
}
