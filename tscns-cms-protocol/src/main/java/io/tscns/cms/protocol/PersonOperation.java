package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.card.CardId;

/**
 * One operation on one of a person's cards, in {@link PersonOperations}.
 *
 * @param cardId the card
 * @param entry  the operation, as the card's history gives it
 * @since 0.1.0
 */
public record PersonOperation(CardId cardId, HistoryEntry entry) {

    /** Checks the components. */
    public PersonOperation {
        required("cardId", cardId);
        required("entry", entry);
    }
}
