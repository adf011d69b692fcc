package io.tscns.core.lifecycle;

import java.util.Objects;

/**
 * An allowed change of state (<i>transizione di stato</i>): the event applied to a card in a state under a policy,
 * with the state it leads to and what the CA must do to the certificate. A CMS persists {@link #to()} and the event
 * in the card history and forwards {@link #certificateAction()} to the CA.
 *
 * <p>Constructing one applies the policy, so every instance is an allowed transition: an illegal one throws.
 * Immutable and thread-safe.
 *
 * @param policy the policy applied
 * @param from   the state before
 * @param event  the event applied
 * @since 0.1.0
 */
public record Transition(LifecyclePolicy policy, CardState from, CardEvent event) {

    /**
     * Checks that the policy allows the event in the state.
     *
     * @throws IllegalTransitionException if it does not
     */
    public Transition {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        var rejection = policy.check(from, event);
        if (rejection.isPresent()) {
            throw new IllegalTransitionException(policy, from, event.type(), rejection.get());
        }
    }

    /**
     * Returns the state after the event.
     *
     * @return the next state
     */
    public CardState to() {
        return policy.table().target(from, event.type()).orElseThrow();
    }

    /**
     * Returns what the CA must do to the certificate.
     *
     * @return the certificate action
     */
    public CertificateAction certificateAction() {
        return event.certificateAction();
    }
}
