package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Optional;

/**
 * A recorded duplicate request.
 *
 * @param reissueId     the request number
 * @param codiceFiscale the person
 * @param reason        why
 * @param replacedCard  the card replaced (and revoked), if one was named
 * @param requestedAt   when
 * @since 0.1.0
 */
public record ReissueResult(
        String reissueId,
        CodiceFiscale codiceFiscale,
        ReissueReason reason,
        Optional<CardId> replacedCard,
        Instant requestedAt) {

    /** Checks the components. */
    public ReissueResult {
        text("reissueId", reissueId, 64);
        required("codiceFiscale", codiceFiscale);
        required("reason", reason);
        required("replacedCard", replacedCard);
        required("requestedAt", requestedAt);
    }
}
