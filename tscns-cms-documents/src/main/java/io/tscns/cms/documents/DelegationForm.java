package io.tscns.cms.documents;

import io.tscns.core.card.CardId;
import java.util.Objects;
import java.util.Optional;

/**
 * The delegation form (<i>Modello di delega TS-CNS</i>, manual §8.3.2, §10.3 step 12) by which a holder who cannot
 * come to the counter for health reasons delegates the activation. The holder fills in what is blank, signs and
 * dates it by hand, and attaches a copy of their identity document.
 *
 * @param holder   the holder (<i>delegante</i>)
 * @param cardId   the card
 * @param delegate the delegate (<i>delegato</i>), when known; otherwise printed blank
 * @since 0.1.0
 */
public record DelegationForm(Person holder, CardId cardId, Optional<Person> delegate) implements CounterDocument {

    /** Checks the components. */
    public DelegationForm {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DELEGATION_FORM;
    }
}
