package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentRecord;
import java.util.List;

/**
 * The FSE consents of a card's holder, oldest first (core {@link ConsentRecord}s).
 *
 * @param cardId   the card
 * @param consents the consent events
 * @since 0.1.0
 */
public record ConsentsView(CardId cardId, List<ConsentRecord> consents) {

    /** Checks the components. */
    public ConsentsView {
        required("cardId", cardId);
        consents = WireText.list("consents", consents, 10_000);
    }
}
