package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.Objects;

/** Reads the personal data of a card's holder (<i>dati del titolare</i>). */
public final class CardHolderHandler implements Handler<OnCard, Holder> {

    private final CardStore cards;
    private final HolderStore holders;

    CardHolderHandler(CardStore cards, HolderStore holders) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
    }

    @Override
    public Holder handle(OnCard card, OperationContext context) {
        return Lookups.holderOf(holders, Lookups.card(cards, card.cardId()));
    }
}
