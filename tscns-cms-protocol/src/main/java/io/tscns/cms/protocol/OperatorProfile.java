package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

/**
 * The operator behind the credentials (<i>operatore di sportello</i>), answered by {@code GET /operators/me} and by
 * login.
 *
 * @param operatorId     the personal operator id
 * @param displayName    the name shown on screens
 * @param role           the kind of counter
 * @param counterId      the counter (<i>sportello</i>) the operator works at
 * @param region         the region code of the counter (three digits, as in the card id)
 * @param reissueEnabled whether the counter is enabled for re-issue (manual §10.5)
 * @since 0.1.0
 */
public record OperatorProfile(
        String operatorId,
        String displayName,
        OperatorRole role,
        String counterId,
        String region,
        boolean reissueEnabled) {

    /** Checks the components. */
    public OperatorProfile {
        text("operatorId", operatorId, 64);
        text("displayName", displayName, 200);
        required("role", role);
        text("counterId", counterId, 64);
        text("region", region, 16);
    }
}
