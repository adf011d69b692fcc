package io.tscns.cms.client.protocol;

import static io.tscns.cms.client.protocol.WireText.required;

import io.tscns.core.card.CardId;
import java.util.Optional;

/**
 * A duplicate (re-issue) request ({@code POST /persons/{codiceFiscale}/reissue-requests}; <i>richiesta di
 * duplicato</i>, DM 2011 Allegato 2 point 7), allowed only at ASL counters enabled for it (manual §10.5). The card
 * named is revoked with the request (§10.7: "contestualmente alla richiesta di riemissione").
 *
 * @param reason why
 * @param cardId the card being replaced, if known
 */
public record ReissueRequest(ReissueReason reason, Optional<CardId> cardId) {

    /** Checks the components. */
    public ReissueRequest {
        required("reason", reason);
        required("cardId", cardId);
    }
}
