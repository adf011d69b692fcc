package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.core.card.CardId;
import java.util.Objects;

/**
 * A command about one card that needs nothing else: its status, history, holder or consents, its suspension or
 * reactivation.
 *
 * @param cardId the card
 */
public record OnCard(CardId cardId) implements Command {

    /**
     * Checks the component.
     */
    public OnCard {
        Objects.requireNonNull(cardId, "cardId");
    }

    @Override
    public Subject subject() {
        return Subject.of(cardId);
    }
}
