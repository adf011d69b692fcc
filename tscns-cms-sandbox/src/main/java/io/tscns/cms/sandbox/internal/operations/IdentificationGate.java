package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.IdentificationStore;
import io.tscns.cms.sandbox.internal.domain.IssuedIdentification;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The order of the steps at the counter (<i>sequenza dei passi allo sportello</i>, Toscana manual v2.0 §10.1 steps
 * 3–6, §10.4 steps 3–6, §10.6 steps 2–6; {@code docs/cms.md §9.5}): identification issues a reference; activation,
 * reprint and consents require one that is known, of that card (so of the TEAM number typed at identification), made
 * by the same operator and not older than the lifetime. A reference serves the whole visit: every operation on that
 * card by that operator within its lifetime (activation, then the consents of §10.1 step 11, a reprint if the receipt
 * did not print), since they all rest on the same check of the same document; past it, the card is identified again.
 * Used by the single writer's thread only.
 */
final class IdentificationGate {

    private final IdentificationStore store;
    private final SecureRandom random;
    private final Duration lifetime;

    IdentificationGate(IdentificationStore store, SecureRandom random, Duration lifetime) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /**
     * Records a successful identification.
     *
     * @param card    the card identified
     * @param context the operation
     * @return its new reference
     */
    IdentificationRef issue(CardRecord card, OperationContext context) {
        IdentificationRef reference = IdentificationRef.random(random);
        store.add(new IssuedIdentification(
                IssuedIdentification.digestOf(reference),
                card.cardId(),
                context.operator().operatorId(),
                context.now()));
        return reference;
    }

    /**
     * Checks the identification an operation on a card carries.
     *
     * @param reference the reference the request carries, if any
     * @param card      the card of the operation
     * @param context   the operation
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code identification-required} with the reason
     */
    void require(Optional<IdentificationRef> reference, CardRecord card, OperationContext context) {
        Optional<IdentificationProblem> problem = problem(reference, card, context);
        context.detail(
                "identification", problem.map(IdentificationProblem::code).orElse("ok"));
        if (problem.isPresent()) {
            throw Lookups.refused(new Refusal.IdentificationRequired(problem.get()));
        }
    }

    private Optional<IdentificationProblem> problem(
            Optional<IdentificationRef> reference, CardRecord card, OperationContext context) {
        if (reference.isEmpty()) {
            return Optional.of(IdentificationProblem.MISSING);
        }
        Optional<IssuedIdentification> found = store.find(IssuedIdentification.digestOf(reference.get()));
        if (found.isEmpty()) {
            return Optional.of(IdentificationProblem.UNKNOWN);
        }
        return found.get().problemFor(card.cardId(), context.operator().operatorId(), context.now(), lifetime);
    }
}
