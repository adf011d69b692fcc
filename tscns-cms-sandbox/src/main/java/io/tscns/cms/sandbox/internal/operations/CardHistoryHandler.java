package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.List;
import java.util.Objects;

/**
 * Reads a card's history (<i>storia della carta</i>, DM 20 giugno 2011 Allegato 2 point 5), oldest first.
 */
public final class CardHistoryHandler implements Handler<OnCard, List<HistoryLine>> {

    private final CardStore cards;
    private final HistoryStore history;

    CardHistoryHandler(CardStore cards, HistoryStore history) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public List<HistoryLine> handle(OnCard card, OperationContext context) {
        return history.of(Lookups.card(cards, card.cardId()).cardId());
    }
}
