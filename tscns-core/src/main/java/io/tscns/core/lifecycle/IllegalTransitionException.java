package io.tscns.core.lifecycle;

import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a policy does not allow an event on a card in a given state. The message names the state, the event
 * and the policy, then the rule broken; {@link #rejection()} gives the same as a record to branch on. Neither holds
 * personal data or a secret: the requester's details stay out.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final LifecyclePolicy policy;
    private final CardState from;
    private final CardEventType event;

    /**
     * Creates the exception.
     *
     * @param policy    the policy applied
     * @param from      the card's state
     * @param event     the event type refused
     * @param rejection the rule broken
     */
    public IllegalTransitionException(
            LifecyclePolicy policy, CardState from, CardEventType event, TransitionRejection rejection) {
        super(
                describe(
                        "cannot apply '"
                                + Objects.requireNonNull(event, "event").id() + "' to a card in state '"
                                + Objects.requireNonNull(from, "from").id() + "' under policy "
                                + Objects.requireNonNull(policy, "policy").name(),
                        List.of(rejection)),
                List.of(rejection));
        this.policy = policy;
        this.from = from;
        this.event = event;
    }

    /**
     * Returns the policy that refused the event.
     *
     * @return the policy
     */
    public LifecyclePolicy policy() {
        return policy;
    }

    /**
     * Returns the state the card was in.
     *
     * @return the state
     */
    public CardState from() {
        return from;
    }

    /**
     * Returns the event type refused.
     *
     * @return the event type
     */
    public CardEventType event() {
        return event;
    }

    /**
     * Returns the rule the event broke.
     *
     * @return the rejection
     */
    public TransitionRejection rejection() {
        return problem(TransitionRejection.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #rejection()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<TransitionRejection> problems() {
        return problems(TransitionRejection.class);
    }
}
