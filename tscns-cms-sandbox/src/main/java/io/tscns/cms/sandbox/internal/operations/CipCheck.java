package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CodeStore;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.SecretCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The CIP check of a revocation asked by the holder or a delegate (<i>verifica del CIP</i>, Toscana manual v2.0
 * §10.7 step 6): compared in constant time with the stored CIP, {@value CardRecord#MAX_CIP_TRIES} wrong tries
 * block it, and a wrong try counts even though the operation is refused. Used by the single writer's thread.
 */
final class CipCheck {

    private final CardStore cards;
    private final CodeStore codes;
    private final Transitions transitions;

    CipCheck(CardStore cards, CodeStore codes, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    /**
     * Checks the CIP given with a request; a right CIP clears the wrong tries counted before.
     *
     * @param card  the card, as read (re-read it after the check: clearing the tries changes its version)
     * @param given the CIP given, if any (the caller destroys it)
     * @param now   the instant of the operation
     * @return {@link CipVerification#VERIFIED}, or {@link CipVerification#NOT_VERIFIED} if none was given
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code cip-blocked}, or {@code wrong-cip} with the
     *                                                              try counted
     */
    CipVerification verify(CardRecord card, Optional<Cip> given, Instant now) {
        if (given.isEmpty()) {
            return CipVerification.NOT_VERIFIED;
        }
        if (card.cipFailures() >= CardRecord.MAX_CIP_TRIES) {
            throw Lookups.refused(new Refusal.CipBlocked(false));
        }
        Optional<SecretCode> stored = Optional.ofNullable(
                codes.open(card.cardId(), EnumSet.of(CodeKind.CIP)).get(CodeKind.CIP));
        boolean right;
        try {
            right = stored.isPresent() && stored.get().matches(given.get());
        } finally {
            stored.ifPresent(SecretCode::destroy);
        }
        if (right) {
            if (card.cipFailures() != 0) {
                transitions.write(card.withCipFailures(0, now));
            }
            return CipVerification.VERIFIED;
        }
        int failures = card.cipFailures() + 1;
        Refusal refusal = failures >= CardRecord.MAX_CIP_TRIES
                ? new Refusal.CipBlocked(true)
                : new Refusal.WrongCip(CardRecord.MAX_CIP_TRIES - failures);
        throw Lookups.refused(refusal)
                .keeping(() -> cards.find(card.cardId())
                        .ifPresent(fresh -> transitions.write(fresh.withCipFailures(failures, now))));
    }
}
