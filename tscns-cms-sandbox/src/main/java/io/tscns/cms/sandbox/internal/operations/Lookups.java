package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.domain.OperationRefused;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.util.List;

/** The reads every operation starts with, refusing what is not there. Stateless. */
final class Lookups {

    private Lookups() {}

    /**
     * Reads a card.
     *
     * @param cards  the cards
     * @param cardId the card id
     * @return the card
     * @throws OperationRefused {@code card-not-found}
     */
    static CardRecord card(CardStore cards, CardId cardId) {
        return cards.find(cardId).orElseThrow(() -> refused(new Refusal.CardNotFound(Refusal.Lookup.CARD_ID)));
    }

    /**
     * Reads a card's holder.
     *
     * @param holders the holders
     * @param card    the card
     * @return the holder's data
     * @throws OperationRefused {@code person-not-found}
     */
    static Holder holderOf(HolderStore holders, CardRecord card) {
        return holders.find(card.holder())
                .orElseThrow(() -> refused(new Refusal.PersonNotFound(Refusal.Lookup.CARD_ID)));
    }

    /**
     * Lists a person's cards.
     *
     * @param cards   the cards
     * @param holders the holders
     * @param person  the person
     * @return the cards, by card id (none for a person whose first card is yet to be requested)
     * @throws OperationRefused {@code person-not-found} for a person the sandbox does not know
     */
    static List<CardRecord> cardsOf(CardStore cards, HolderStore holders, CodiceFiscale person) {
        List<CardRecord> found = cards.ofHolder(person);
        if (found.isEmpty() && holders.find(person).isEmpty()) {
            throw refused(new Refusal.PersonNotFound(Refusal.Lookup.PERSON));
        }
        return found;
    }

    /**
     * Refuses any operation but a read on an expired card.
     *
     * @param card the card, as read
     * @return the card
     * @throws OperationRefused {@code card-expired}
     */
    static CardRecord unexpired(CardRecord card) {
        if (card.state() == CardState.EXPIRED) {
            throw refused(new Refusal.CardExpired());
        }
        return card;
    }

    static OperationRefused refused(Refusal refusal) {
        return new OperationRefused(refusal);
    }
}
