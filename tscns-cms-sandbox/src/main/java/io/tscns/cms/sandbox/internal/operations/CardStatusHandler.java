package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.Objects;

/** Reads a card's status (<i>stato della carta</i>, DM 20 giugno 2011 Allegato 2 point 6). */
public final class CardStatusHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;

    CardStatusHandler(CardStore cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        return Lookups.card(cards, card.cardId());
    }
}
