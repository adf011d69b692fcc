package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardLine;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.List;
import java.util.Objects;

/**
 * Reads every operation on a person's cards, oldest first, with what the counter recorded (<i>operazioni del
 * cittadino</i>, DM 20 giugno 2011 Allegato 2 point 5; {@code docs/cms.md §9}). A person the CMS does not know is
 * refused as for their cards.
 */
public final class PersonOperationsHandler implements Handler<OnPerson, List<CardLine>> {

    private final CardStore cards;
    private final HolderStore holders;
    private final HistoryStore history;

    PersonOperationsHandler(CardStore cards, HolderStore holders, HistoryStore history) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public List<CardLine> handle(OnPerson person, OperationContext context) {
        Lookups.cardsOf(cards, holders, person.person());
        return history.ofPerson(person.person());
    }
}
