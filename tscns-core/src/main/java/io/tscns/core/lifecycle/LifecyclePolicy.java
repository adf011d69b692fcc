package io.tscns.core.lifecycle;

import io.tscns.core.StableCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle rules an issuing administration follows (<i>regole del ciclo di vita</i>): which transitions its
 * CMS offers and what a revocation request needs. This is the entry point of the state machine:
 * {@link #apply(CardState, CardEvent)} turns a state and an event into a {@link Transition} (the next state and
 * what to do to the certificate) or throws {@link IllegalTransitionException}.
 *
 * <p>Rules common to both profiles (sources: Toscana manual v2.0 §10.7, §10.7.1, §3.2.10; {@code docs/cms.md
 * §3.2}):
 * <ul>
 *   <li>the transitions are those of the {@linkplain #table() policy's table};</li>
 *   <li>a revocation cause may be cited only by the requesters it lists ({@link RevocationCause#requesters()}): the
 *       issuer revokes for errors in the personal data, the holder or a delegate for the other causes, which the
 *       issuer may cite too for a holder identified at its own office ({@code docs/cms.md §9.6}), and nobody
 *       revokes "by duplicate" (that is the {@link CardEvent.Replacement} event);</li>
 *   <li>a holder or delegate may ask for revocation only once the codes have been released (state active or
 *       suspended); before that the card is replaced by a duplicate or revoked by the issuer. This is an
 *       inference: at the counter the holder is identified for revocation by codes released at activation (§8.2,
 *       §10.7), and before activation the CNS function cannot be used.</li>
 * </ul>
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum LifecyclePolicy implements StableCode {

    /**
     * The national frame of DM 20 giugno 2011, Allegato 2: the regional CMS offers revocation and suspension of the
     * certificate; reactivation undoes a suspension. The CIP is not required (it is a regional code).
     */
    DM_2011(1, "dm-2011", "DM 20 giugno 2011, Allegato 2", true, false),

    /**
     * Regione Toscana, Manuale Operativo TS-CNS v2.0 (2018): no suspension or reactivation, and a revocation asked
     * by the holder or a delegate needs the CIP to have been verified (§3.2.10, §10.7 step 6).
     */
    TOSCANA_2_0(2, "toscana-2.0", "Manuale Operativo TS-CNS Regione Toscana v2.0", false, true);

    private final Info info;
    private final boolean allowsSuspension;
    private final boolean requiresCip;

    LifecyclePolicy(int code, String id, String italianLabel, boolean allowsSuspension, boolean requiresCip) {
        this.info = new Info(code, id, italianLabel);
        this.allowsSuspension = allowsSuspension;
        this.requiresCip = requiresCip;
    }

    @Override
    public Info info() {
        return info;
    }

    /**
     * Tells whether this policy offers suspension and reactivation.
     *
     * @return {@code true} for {@link #DM_2011}
     */
    public boolean allowsSuspension() {
        return allowsSuspension;
    }

    /**
     * Tells whether a revocation asked by the holder or a delegate needs {@link CipVerification#VERIFIED}.
     *
     * @return {@code true} for {@link #TOSCANA_2_0}
     */
    public boolean requiresCipForRevocation() {
        return requiresCip;
    }

    /**
     * Returns the explicit transition table of this policy.
     *
     * @return the table
     */
    public TransitionTable table() {
        return TransitionTable.of(this);
    }

    /**
     * Tells whether an event may be applied to a card in a state, and if not, why. Use it to offer an operator only
     * the operations that will succeed; use {@link #apply} to perform one.
     *
     * @param from  the card's current state
     * @param event the event
     * @return empty if the event is allowed, otherwise the first rule it breaks
     */
    public Optional<TransitionRejection> check(CardState from, CardEvent event) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        if (table().target(from, event.type()).isEmpty()) {
            return Optional.of(new TransitionRejection.NoSuchTransition(this, from, event.type()));
        }
        if (event instanceof CardEvent.Revocation revocation) {
            return checkRevocation(from, revocation);
        }
        return Optional.empty();
    }

    private Optional<TransitionRejection> checkRevocation(CardState from, CardEvent.Revocation revocation) {
        RevocationRequester requester = revocation.requester();
        RequesterKind kind = requester.kind();
        if (!revocation.cause().requesters().contains(kind)) {
            return Optional.of(new TransitionRejection.CauseNotAllowed(kind, revocation.cause()));
        }
        if (kind == RequesterKind.ISSUER) {
            return Optional.empty();
        }
        if (from != CardState.ACTIVE && from != CardState.SUSPENDED) {
            return Optional.of(new TransitionRejection.CodesNotYetReleased(from));
        }
        if (requiresCip && cipOf(requester) != CipVerification.VERIFIED) {
            return Optional.of(new TransitionRejection.CipNotVerified());
        }
        return Optional.empty();
    }

    private static CipVerification cipOf(RevocationRequester requester) {
        if (requester instanceof RevocationRequester.Holder holder) {
            return holder.cip();
        }
        if (requester instanceof RevocationRequester.Delegate delegate) {
            return delegate.cip();
        }
        return CipVerification.NOT_VERIFIED;
    }

    /**
     * Applies an event to a card in a state.
     *
     * @param from  the card's current state
     * @param event the event
     * @return the transition: the next state and what the CA must do to the certificate
     * @throws IllegalTransitionException if this policy does not allow the event in that state; its
     *                                    {@link IllegalTransitionException#rejection()} says why
     */
    public Transition apply(CardState from, CardEvent event) {
        return new Transition(this, from, event);
    }
}
