package io.tscns.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.core.GeneratorCoverage;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.person.CodiceFiscale;
import java.security.cert.CRLReason;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Model-based test of the lifecycle: random event sequences are applied, under both policies, to the real state
 * machine and to an independent reference model written from the prose of the sources (not from the table). Both
 * must reach the same states, accept and refuse the same events, and ask the same of the certificate; the state
 * machine must never throw anything but {@link IllegalTransitionException}. A coverage check fails the property if
 * some row of either table was never taken, so the sequences provably explore the whole machine.
 */
class LifecycleModelProperties {

    private static final CodiceFiscale DELEGATE = CodiceFiscale.parse("RSSMRA85T10A562S");

    /** What the reference model expects of one step: empty when the step must be refused. */
    record Expected(CardState to, String action, Optional<CRLReason> reason) {}

    /** The reference model: the rules restated case by case, from the package and source documentation. */
    static Optional<Expected> reference(LifecyclePolicy policy, CardState state, CardEvent event) {
        boolean dm2011 = policy == LifecyclePolicy.DM_2011;
        boolean live = state == CardState.ISSUED
                || state == CardState.SHIPPED
                || state == CardState.ACTIVE
                || state == CardState.SUSPENDED;
        if (!live) {
            return Optional.empty();
        }
        if (event instanceof CardEvent.Shipment) {
            return state == CardState.ISSUED ? step(CardState.SHIPPED, "none", null) : Optional.empty();
        }
        if (event instanceof CardEvent.Activation) {
            return state == CardState.SHIPPED ? step(CardState.ACTIVE, "none", null) : Optional.empty();
        }
        if (event instanceof CardEvent.Suspension) {
            return dm2011 && state == CardState.ACTIVE
                    ? step(CardState.SUSPENDED, "hold", CRLReason.CERTIFICATE_HOLD)
                    : Optional.empty();
        }
        if (event instanceof CardEvent.Reactivation) {
            return dm2011 && state == CardState.SUSPENDED
                    ? step(CardState.ACTIVE, "release-hold", CRLReason.REMOVE_FROM_CRL)
                    : Optional.empty();
        }
        if (event instanceof CardEvent.Expiry) {
            return step(CardState.EXPIRED, "none", null);
        }
        if (event instanceof CardEvent.Replacement) {
            return state == CardState.SUSPENDED
                    ? Optional.empty()
                    : step(CardState.REPLACED, "revoke", CRLReason.SUPERSEDED);
        }
        CardEvent.Revocation revocation = (CardEvent.Revocation) event;
        RevocationRequester requester = revocation.requester();
        CRLReason reason = switch (revocation.cause()) {
            case THEFT, LOSS, COMPROMISED_CODES -> CRLReason.KEY_COMPROMISE;
            case MALFUNCTION_OR_DETERIORATION -> CRLReason.SUPERSEDED;
            case PUK_BLOCKED -> CRLReason.CESSATION_OF_OPERATION;
            case PERSONAL_DATA_ERROR, REPLACED_BY_DUPLICATE -> null;
        };
        if (requester instanceof RevocationRequester.Issuer) {
            // The issuer's errors in the personal data, or a holder it identified at its office (docs/cms.md §9.6):
            // any live state, no CIP.
            if (revocation.cause() == RevocationCause.PERSONAL_DATA_ERROR) {
                return step(CardState.REVOKED, "revoke", CRLReason.AFFILIATION_CHANGED);
            }
            return reason == null ? Optional.empty() : step(CardState.REVOKED, "revoke", reason);
        }
        boolean codesReleased = state == CardState.ACTIVE || state == CardState.SUSPENDED;
        CipVerification cip = requester instanceof RevocationRequester.Holder holder
                ? holder.cip()
                : ((RevocationRequester.Delegate) requester).cip();
        boolean cipOk = dm2011 || cip == CipVerification.VERIFIED;
        return reason != null && codesReleased && cipOk ? step(CardState.REVOKED, "revoke", reason) : Optional.empty();
    }

    private static Optional<Expected> step(CardState to, String action, CRLReason reason) {
        return Optional.of(new Expected(to, action, Optional.ofNullable(reason)));
    }

    @Provide
    Arbitrary<CardEvent> events() {
        Arbitrary<RevocationRequester> requesters = Arbitraries.oneOf(
                Arbitraries.of(CipVerification.class).map(RevocationRequester.Holder::new),
                Combinators.combine(
                                Arbitraries.of(LegalRepresentativeRole.class), Arbitraries.of(CipVerification.class))
                        .as((role, cip) -> new RevocationRequester.Delegate(role, DELEGATE, cip)),
                Arbitraries.just(new RevocationRequester.Issuer()));
        Arbitrary<CardEvent> revocations = Combinators.combine(Arbitraries.of(RevocationCause.class), requesters)
                .as(CardEvent.Revocation::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new CardEvent.Shipment())),
                Tuple.of(3, Arbitraries.just(new CardEvent.Activation())),
                Tuple.of(3, Arbitraries.just(new CardEvent.Suspension())),
                Tuple.of(3, Arbitraries.just(new CardEvent.Reactivation())),
                Tuple.of(1, Arbitraries.just(new CardEvent.Replacement())),
                Tuple.of(1, Arbitraries.just(new CardEvent.Expiry())),
                Tuple.of(3, revocations),
                // The only revocation allowed before activation is rare among random ones: give it its own weight.
                Tuple.of(
                        1,
                        Arbitraries.just(new CardEvent.Revocation(
                                RevocationCause.PERSONAL_DATA_ERROR, new RevocationRequester.Issuer()))));
    }

    @Provide
    Arbitrary<List<CardEvent>> sequences() {
        return events().list().ofMinSize(1).ofMaxSize(25);
    }

    @Property
    void stateMachineAgreesWithTheReferenceModel(
            @ForAll LifecyclePolicy policy, @ForAll CardState start, @ForAll("sequences") List<CardEvent> events) {
        CardState actual = start;
        CardState modelled = start;
        for (CardEvent event : events) {
            Optional<Expected> expected = reference(policy, modelled, event);
            Optional<Transition> transition;
            try {
                transition = Optional.of(policy.apply(actual, event));
            } catch (IllegalTransitionException refused) {
                transition = Optional.empty();
                assertEquals(actual, refused.from());
                assertEquals(event.type(), refused.event());
                assertEquals(policy, refused.policy());
                assertEquals(
                        policy.table().target(actual, event.type()).isEmpty(),
                        refused.rejection() instanceof TransitionRejection.NoSuchTransition,
                        "only a missing table row is reported as no-such-transition");
            }
            assertEquals(
                    expected.isPresent(),
                    transition.isPresent(),
                    policy + ": " + event + " from " + actual + " accepted/refused differently");
            assertEquals(expected.isEmpty(), policy.check(actual, event).isPresent(), "check agrees with apply");
            if (transition.isPresent()) {
                Transition t = transition.get();
                assertEquals(expected.get().to(), t.to());
                assertEquals(expected.get().action(), t.certificateAction().id());
                assertEquals(expected.get().reason(), t.certificateAction().crlReason());
                assertEquals(actual, t.from());
                actual = t.to();
                modelled = expected.get().to();
                Statistics.label("row").collect(row(policy, t.from(), event.type(), t.to()));
            }
            assertEquals(modelled, actual);
        }
        // Every row is taken among 500 transitions (the default 1000 tries make about 650); with the tries lowered
        // for mutation testing the rarest rows may legitimately be missed, so the check waits for enough of them.
        Statistics.label("row").coverage(checker -> {
            for (LifecyclePolicy p : LifecyclePolicy.values()) {
                for (TransitionTable.Row r : p.table().rows()) {
                    checker.check(row(p, r.from(), r.event(), r.to())).count(GeneratorCoverage.seen());
                }
            }
        });
    }

    private static String row(LifecyclePolicy policy, CardState from, CardEventType event, CardState to) {
        return policy.id() + ": " + from.id() + " --" + event.id() + "--> " + to.id();
    }
}
