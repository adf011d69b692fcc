package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operation is about (<i>oggetto dell'operazione</i>), for its audit entry and the card's history: a card, a
 * person, or neither (the audit chain, the outbox).
 *
 * @param card   the card, if any
 * @param person the person, if any
 */
public record Subject(Optional<CardId> card, Optional<CodiceFiscale> person) {

    /** No subject. */
    public static final Subject NONE = new Subject(Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     */
    public Subject {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(person, "person");
    }

    /**
     * A card.
     *
     * @param card the card id
     * @return the subject
     */
    public static Subject of(CardId card) {
        return new Subject(Optional.of(card), Optional.empty());
    }

    /**
     * A person.
     *
     * @param person the codice fiscale
     * @return the subject
     */
    public static Subject of(CodiceFiscale person) {
        return new Subject(Optional.empty(), Optional.of(person));
    }
}
