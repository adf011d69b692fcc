package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.card.CardId;
import java.util.List;

/**
 * The chronological history of a card (<i>elenco cronologico delle operazioni eseguite con relativo stato</i>, DM
 * 2011 Allegato 2), oldest first.
 *
 * @param cardId  the card
 * @param entries the operations
 * @since 0.1.0
 */
public record HistoryView(CardId cardId, List<HistoryEntry> entries) {

    /** Checks the components. */
    public HistoryView {
        required("cardId", cardId);
        entries = WireText.list("entries", entries, 100_000);
    }
}
