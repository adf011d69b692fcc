package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.ConsentStore;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.consent.ConsentRecord;
import java.util.List;
import java.util.Objects;

/** Reads the FSE consent decisions of a card's holder (<i>consensi FSE</i>, {@code docs/cms.md §5}), oldest first. */
public final class ConsentsHandler implements Handler<OnCard, List<ConsentRecord>> {

    private final CardStore cards;
    private final ConsentStore consents;

    ConsentsHandler(CardStore cards, ConsentStore consents) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.consents = Objects.requireNonNull(consents, "consents");
    }

    @Override
    public List<ConsentRecord> handle(OnCard card, OperationContext context) {
        return consents.of(Lookups.card(cards, card.cardId()).holder());
    }
}
