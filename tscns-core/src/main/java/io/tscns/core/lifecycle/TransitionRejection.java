package io.tscns.core.lifecycle;

import io.tscns.core.Problem;
import java.util.Objects;

/**
 * Why a policy refuses an event (<i>motivo del rifiuto della transizione</i>). Callers that branch on the failure
 * use these records and their stable {@link #code()}, which a CMS can put in a problem document; people read
 * {@link #describe()}. No variant carries personal data or a secret.
 *
 * @since 0.1.0
 */
public sealed interface TransitionRejection extends Problem {

    /**
     * The policy's table has no transition for this event from this state.
     *
     * @param policy the policy
     * @param from   the state
     * @param event  the event type
     */
    record NoSuchTransition(LifecyclePolicy policy, CardState from, CardEventType event)
            implements TransitionRejection {
        /**
         * Checks the components.
         */
        public NoSuchTransition {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String describe() {
            if (from.isFinal()) {
                return "state '" + from.id() + "' is final: no event leaves it";
            }
            if (!policy.allowsSuspension()
                    && (event == CardEventType.SUSPENSION || event == CardEventType.REACTIVATION)) {
                return "policy " + policy.name() + " has no suspension or reactivation";
            }
            return "policy " + policy.name() + " has no '" + event.id() + "' transition from state '" + from.id()
                    + "'; allowed: "
                    + policy.table().eventsFrom(from).stream()
                            .map(CardEventType::id)
                            .toList();
        }
    }

    /**
     * This requester may not cite this revocation cause.
     *
     * @param requester who asked
     * @param cause     the cause cited
     */
    record CauseNotAllowed(RequesterKind requester, RevocationCause cause) implements TransitionRejection {
        /**
         * Checks the components.
         */
        public CauseNotAllowed {
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public String describe() {
            if (cause == RevocationCause.REPLACED_BY_DUPLICATE) {
                return "a replacement by a duplicate is the 'replacement' event, not a revocation";
            }
            return "a revocation for '" + cause.id() + "' may be asked only by "
                    + cause.requesters().stream().map(RequesterKind::id).toList() + ", not by the " + requester.id();
        }
    }

    /**
     * A holder or delegate asked for revocation of a card whose codes have not been released yet.
     *
     * @param from the card's state
     */
    record CodesNotYetReleased(CardState from) implements TransitionRejection {
        /**
         * Checks the component.
         */
        public CodesNotYetReleased {
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String describe() {
            return "the holder or a delegate may ask for revocation only after activation; the card is '" + from.id()
                    + "': ask for a duplicate (replacement) or an issuer revocation";
        }
    }

    /** The policy needs the CIP to have been verified for a holder's or delegate's revocation. */
    record CipNotVerified() implements TransitionRejection {
        @Override
        public String describe() {
            return "a revocation asked by the holder or a delegate needs the CIP to have been verified";
        }
    }
}
