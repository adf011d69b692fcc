package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.lifecycle.CardEvent;
import java.util.Objects;

/**
 * Suspends a card (<i>sospensione</i>, DM 20 giugno 2011 Allegato 2 point 4), where the lifecycle profile allows it
 * (DM 2011, not Toscana 2.0: {@code docs/cms.md §3.2}); the certificate is held at the test CA once committed.
 */
public final class SuspendHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;
    private final Transitions transitions;

    SuspendHandler(CardStore cards, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        return transitions.apply(Lookups.card(cards, card.cardId()), new CardEvent.Suspension(), context);
    }
}
