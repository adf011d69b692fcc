package io.tscns.cms.sandbox.internal.pipeline;

import io.tscns.cms.sandbox.internal.domain.Subject;
import java.time.Instant;

/**
 * What the sandbox's clock does to the cards a call is about (<i>eventi a scadenza</i>), before the call's own
 * handler runs: in the call's transaction, so that it commits with the call or not at all, and outside the call's
 * savepoint, so that it stands even if the call is refused. Used by the single writer's thread.
 */
@FunctionalInterface
public interface ClockStep {

    /**
     * Applies what is due at an instant to the cards of a call's subject.
     *
     * @param subject the call's subject: a card, or a person's cards
     * @param now     the call's instant
     * @param tx      the call's transaction, for the audit entries of what was applied
     */
    void apply(Subject subject, Instant now, Transaction tx);

    /**
     * Returns a step that applies nothing.
     *
     * @return the step
     */
    static ClockStep none() {
        return (subject, now, tx) -> {};
    }
}
