package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.Cip;
import java.util.Optional;

/**
 * A duplicate (re-issue) request ({@code POST /persons/{codiceFiscale}/reissue-requests}; <i>richiesta di
 * duplicato</i>, DM 2011 Allegato 2 point 7), allowed only at ASL counters enabled for it (manual §10.5). The card
 * named (or else the person's current card) is revoked with the request (§10.7: "contestualmente alla richiesta di
 * riemissione"): for {@code LOST} or {@code STOLEN} an activated card is revoked by the holder with cause loss or
 * theft, which under a lifecycle profile that requires the CIP for a revocation (Toscana 2.0, §10.7 step 6) needs
 * the holder's {@link #cip()}; any other card or reason is replaced (certificate superseded). A new card is recorded
 * for the person in state {@code ISSUED}, listed by {@code GET /persons/{codiceFiscale}/cards}.
 *
 * @param reason why
 * @param cardId the card being replaced, if known
 * @param cip    the holder's CIP (<i>Codice Identificativo Personale</i>), for the revocation of a lost or stolen
 *               activated card; the caller destroys it after sending
 */
public record ReissueRequest(ReissueReason reason, Optional<CardId> cardId, Optional<Cip> cip) {

    /** Checks the components. */
    public ReissueRequest {
        required("reason", reason);
        required("cardId", cardId);
        required("cip", cip);
    }

    /**
     * Returns a request without CIP.
     *
     * @param reason why
     * @param cardId the card being replaced, if known
     */
    public ReissueRequest(ReissueReason reason, Optional<CardId> cardId) {
        this(reason, cardId, Optional.empty());
    }
}
