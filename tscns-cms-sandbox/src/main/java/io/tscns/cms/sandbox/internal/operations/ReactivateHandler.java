package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.lifecycle.CardEvent;
import java.util.Objects;

/**
 * Reactivates a suspended card (<i>riattivazione</i>, {@code docs/cms.md §3.2}), where the lifecycle profile allows
 * suspension; the certificate's hold is released at the test CA once committed.
 */
public final class ReactivateHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;
    private final Transitions transitions;

    ReactivateHandler(CardStore cards, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        return transitions.apply(Lookups.card(cards, card.cardId()), new CardEvent.Reactivation(), context);
    }
}
