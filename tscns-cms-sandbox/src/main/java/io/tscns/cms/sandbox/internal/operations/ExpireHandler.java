package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.lifecycle.CardEvent;
import java.util.Objects;

/**
 * Records the expiry of a card past its expiry date (<i>scadenza</i>), asked by the issuer's administrator. The
 * sandbox's clock applies the same transition by itself to any card an operation touches ({@link DueExpiries}); this
 * operation records it for a card nobody has touched since ({@code docs/cms.md §9.6}).
 */
public final class ExpireHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;
    private final Transitions transitions;

    ExpireHandler(CardStore cards, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        CardRecord record = Lookups.unexpired(Lookups.card(cards, card.cardId()));
        if (!DueExpiries.due(record, context.now())) {
            throw Lookups.refused(
                    new Refusal.IllegalTransition("the card's expiry date " + record.expiryDate() + " has not passed"));
        }
        return transitions.apply(record, new CardEvent.Expiry(), context);
    }
}
