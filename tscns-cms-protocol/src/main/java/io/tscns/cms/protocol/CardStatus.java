package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import java.time.LocalDate;

/**
 * A card and its current state (<i>stato della carta</i>, DM 2011 Allegato 2 point 6).
 *
 * @param cardId       the card id
 * @param teamNumber   the TEAM number
 * @param state        the lifecycle state
 * @param issuerRegion the region code of the issuer
 * @param expiryDate   the card's expiry date
 * @since 0.1.0
 */
public record CardStatus(
        CardId cardId, TeamNumber teamNumber, CardState state, String issuerRegion, LocalDate expiryDate) {

    /** Checks the components. */
    public CardStatus {
        required("cardId", cardId);
        required("teamNumber", teamNumber);
        required("state", state);
        text("issuerRegion", issuerRegion, 16);
        required("expiryDate", expiryDate);
    }
}
