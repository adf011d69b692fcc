package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.ConsentStore;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.core.consent.ConsentHistory;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.InvalidConsentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records FSE consent decisions (<i>registrazione dei consensi</i>, Toscana manual v2.0 §10.1 step 11, §10.4;
 * {@code docs/cms.md §5}) against the citizen's history with the core {@link ConsentHistory}, at activation and
 * after. Used by the single writer's thread.
 */
final class ConsentRecorder {

    private final ConsentStore consents;

    ConsentRecorder(ConsentStore consents) {
        this.consents = Objects.requireNonNull(consents, "consents");
    }

    /**
     * Records decisions.
     *
     * @param card       the card presented
     * @param decisions  the decisions, by kind (none: nothing is recorded)
     * @param operatorId the operator
     * @param now        when
     * @return the citizen's decisions in force afterwards, one per kind decided (not the whole history, which grows
     *         with every decision: an answer of bounded size, which the idempotency store keeps)
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code consent-rejected}
     */
    List<ConsentRecord> record(
            CardRecord card, Map<ConsentKind, ConsentStatus> decisions, String operatorId, Instant now) {
        try {
            ConsentHistory history = ConsentHistory.of(card.holder(), consents.of(card.holder()));
            for (Map.Entry<ConsentKind, ConsentStatus> decision : decisions.entrySet()) {
                ConsentRecord record = ConsentRecord.of(card.holder(), decision.getKey(), decision.getValue(), now);
                history = history.append(record);
                consents.append(record, card.cardId(), operatorId);
            }
            List<ConsentRecord> inForce = new ArrayList<>();
            for (ConsentKind kind : ConsentKind.values()) {
                history.current(kind).ifPresent(inForce::add);
            }
            return inForce;
        } catch (InvalidConsentException e) {
            throw Lookups.refused(new Refusal.ConsentRejected(e.problem()));
        }
    }
}
