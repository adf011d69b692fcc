package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import java.util.Objects;

/**
 * One line of the history of one of a person's cards (<i>operazione sulla tessera</i>), for the operations of a
 * person (DM 20 giugno 2011 Allegato 2 point 5).
 *
 * @param cardId the card
 * @param line   the line
 */
public record CardLine(CardId cardId, HistoryLine line) {

    /**
     * Checks the components.
     */
    public CardLine {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(line, "line");
    }
}
