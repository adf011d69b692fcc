package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.List;
import java.util.Objects;

/** Lists every card of a person (<i>tessere dell'assistito</i>, DM 20 giugno 2011 Allegato 2 point 5). */
public final class PersonCardsHandler implements Handler<OnPerson, List<CardRecord>> {

    private final CardStore cards;
    private final HolderStore holders;

    PersonCardsHandler(CardStore cards, HolderStore holders) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
    }

    @Override
    public List<CardRecord> handle(OnPerson person, OperationContext context) {
        return Lookups.cardsOf(cards, holders, person.person());
    }
}
