package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.lifecycle.CardEvent;
import java.util.Objects;

/**
 * Records the shipment of a card (<i>spedizione</i>, Toscana manual v2.0 §9.1): a card from an emission or re-issue
 * request was sent to the holder or delivered to the counter, so it goes from issued to shipped and can be activated.
 * The issuer's administrator records it, standing for the emission flow of Sogei ({@code docs/cms.md §9.6}).
 */
public final class ShipHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;
    private final Transitions transitions;

    ShipHandler(CardStore cards, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        return transitions.apply(Lookups.card(cards, card.cardId()), new CardEvent.Shipment(), context);
    }
}
