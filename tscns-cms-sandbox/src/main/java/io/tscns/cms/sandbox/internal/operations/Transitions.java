package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.IllegalTransitionException;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.Transition;
import java.util.Objects;

/**
 * Lifecycle transitions of a card (<i>cambi di stato</i>), by the chosen {@link LifecyclePolicy}: the event checked,
 * the card written over the version read, and what the transition asks of the certificate recorded with it and
 * passed to the test CA once committed ({@code docs/cms.md §3.3}). Used by the single writer's thread.
 */
final class Transitions {

    private final CardStore cards;
    private final LifecyclePolicy lifecycle;

    Transitions(CardStore cards, LifecyclePolicy lifecycle) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * Returns the lifecycle profile.
     *
     * @return the policy
     */
    LifecyclePolicy policy() {
        return lifecycle;
    }

    /**
     * Checks an event against the card's state.
     *
     * @param card  the card
     * @param event the event
     * @return the transition
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code card-expired}, {@code illegal-transition}
     */
    Transition check(CardRecord card, CardEvent event) {
        Lookups.unexpired(card);
        try {
            return lifecycle.apply(card.state(), event);
        } catch (IllegalTransitionException e) {
            throw Lookups.refused(new Refusal.IllegalTransition(e.getMessage()));
        }
    }

    /**
     * Applies an event: checks it, writes the card's new state and the certificate action.
     *
     * @param card    the card, as read
     * @param event   the event
     * @param context the operation
     * @return the card after the change
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code illegal-transition}, or {@code conflict}
     *                                                              if the card changed since it was read
     */
    CardRecord apply(CardRecord card, CardEvent event, OperationContext context) {
        Transition transition = check(card, event);
        write(card.inState(transition.to(), context.now()));
        cards.recordCertificateAction(card.cardId(), transition.certificateAction(), context.now());
        card.certificateSerial()
                .ifPresent(
                        serial -> context.certificates().apply(serial, transition.certificateAction(), context.now()));
        return Lookups.card(cards, card.cardId());
    }

    /**
     * Writes a changed card over the version read.
     *
     * @param changed the card, with the version read
     * @throws io.tscns.cms.sandbox.internal.domain.OperationRefused {@code conflict} if the card changed since
     */
    void write(CardRecord changed) {
        if (!cards.update(changed)) {
            throw Lookups.refused(new Refusal.Conflict());
        }
    }
}
