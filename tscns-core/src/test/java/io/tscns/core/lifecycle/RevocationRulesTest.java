package io.tscns.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.person.CodiceFiscale;
import java.security.cert.CRLReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RevocationRulesTest {

    private static final CodiceFiscale DELEGATE_CF = CodiceFiscale.parse("RSSMRA85T10A562S");

    private static final RevocationRequester HOLDER_WITH_CIP = new RevocationRequester.Holder(CipVerification.VERIFIED);
    private static final RevocationRequester HOLDER_WITHOUT_CIP =
            new RevocationRequester.Holder(CipVerification.NOT_VERIFIED);
    private static final RevocationRequester PARENT_WITHOUT_CIP =
            new RevocationRequester.Delegate(LegalRepresentativeRole.PARENT, DELEGATE_CF, CipVerification.NOT_VERIFIED);
    private static final RevocationRequester ISSUER = new RevocationRequester.Issuer();

    private static Optional<TransitionRejection> check(
            LifecyclePolicy policy, CardState from, RevocationCause cause, RevocationRequester requester) {
        return policy.check(from, new CardEvent.Revocation(cause, requester));
    }

    @Test
    void theMappingToRfc5280ReasonsIsPinned() {
        Map<RevocationCause, CRLReason> mapping = new EnumMap<>(RevocationCause.class);
        for (RevocationCause cause : RevocationCause.values()) {
            mapping.put(cause, cause.crlReason());
        }
        assertEquals(
                Map.of(
                        RevocationCause.THEFT, CRLReason.KEY_COMPROMISE,
                        RevocationCause.LOSS, CRLReason.KEY_COMPROMISE,
                        RevocationCause.MALFUNCTION_OR_DETERIORATION, CRLReason.SUPERSEDED,
                        RevocationCause.COMPROMISED_CODES, CRLReason.KEY_COMPROMISE,
                        RevocationCause.PERSONAL_DATA_ERROR, CRLReason.AFFILIATION_CHANGED,
                        RevocationCause.PUK_BLOCKED, CRLReason.CESSATION_OF_OPERATION,
                        RevocationCause.REPLACED_BY_DUPLICATE, CRLReason.SUPERSEDED),
                mapping);
    }

    @Test
    void whoMayCiteEachCauseIsPinned() {
        Set<RequesterKind> holderSide = Set.of(RequesterKind.HOLDER, RequesterKind.DELEGATE, RequesterKind.ISSUER);
        for (RevocationCause cause : RevocationCause.values()) {
            Set<RequesterKind> expected = switch (cause) {
                case PERSONAL_DATA_ERROR -> Set.of(RequesterKind.ISSUER);
                case REPLACED_BY_DUPLICATE -> Set.of();
                default -> holderSide;
            };
            assertEquals(expected, cause.requesters(), cause.name());
        }
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void theIssuerRevokesForPersonalDataErrorsFromEveryLiveState(LifecyclePolicy policy) {
        for (CardState from : Set.of(CardState.ISSUED, CardState.SHIPPED, CardState.ACTIVE, CardState.SUSPENDED)) {
            Transition t = policy.apply(from, new CardEvent.Revocation(RevocationCause.PERSONAL_DATA_ERROR, ISSUER));
            assertEquals(CardState.REVOKED, t.to());
            assertEquals(
                    Optional.of(CRLReason.AFFILIATION_CHANGED),
                    t.certificateAction().crlReason());
        }
    }

    /** The issuer's office revokes for a holder it identified: the holder's causes, no CIP, codes released or not. */
    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void theIssuerCitesTheHoldersCausesWithoutTheCipFromEveryLiveState(LifecyclePolicy policy) {
        for (CardState from : Set.of(CardState.ISSUED, CardState.SHIPPED, CardState.ACTIVE, CardState.SUSPENDED)) {
            Transition t = policy.apply(from, new CardEvent.Revocation(RevocationCause.LOSS, ISSUER));
            assertEquals(CardState.REVOKED, t.to());
            assertEquals(
                    Optional.of(CRLReason.KEY_COMPROMISE), t.certificateAction().crlReason());
        }
        assertEquals(Optional.empty(), check(policy, CardState.ACTIVE, RevocationCause.PUK_BLOCKED, ISSUER));
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void theHolderStillCannotRevokeBeforeActivation(LifecyclePolicy policy) {
        assertEquals(
                Optional.of(new TransitionRejection.CodesNotYetReleased(CardState.SHIPPED)),
                check(policy, CardState.SHIPPED, RevocationCause.LOSS, HOLDER_WITH_CIP));
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void aHolderCannotCiteAPersonalDataError(LifecyclePolicy policy) {
        assertEquals(
                Optional.of(new TransitionRejection.CauseNotAllowed(
                        RequesterKind.HOLDER, RevocationCause.PERSONAL_DATA_ERROR)),
                check(policy, CardState.ACTIVE, RevocationCause.PERSONAL_DATA_ERROR, HOLDER_WITH_CIP));
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void nobodyRevokesByDuplicate(LifecyclePolicy policy) {
        for (RevocationRequester requester : Set.of(HOLDER_WITH_CIP, PARENT_WITHOUT_CIP, ISSUER)) {
            var rejection = check(policy, CardState.ACTIVE, RevocationCause.REPLACED_BY_DUPLICATE, requester);
            assertEquals("cause-not-allowed", rejection.orElseThrow().code());
            assertEquals(
                    "a replacement by a duplicate is the 'replacement' event, not a revocation",
                    rejection.orElseThrow().describe());
        }
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void aHolderRevokesOnlyOnceTheCodesAreReleased(LifecyclePolicy policy) {
        for (CardState from : Set.of(CardState.ISSUED, CardState.SHIPPED)) {
            assertEquals(
                    Optional.of(new TransitionRejection.CodesNotYetReleased(from)),
                    check(policy, from, RevocationCause.LOSS, HOLDER_WITH_CIP));
        }
        for (CardState from : Set.of(CardState.ACTIVE, CardState.SUSPENDED)) {
            assertEquals(Optional.empty(), check(policy, from, RevocationCause.LOSS, HOLDER_WITH_CIP));
        }
    }

    @Test
    void toscanaNeedsAVerifiedCipFromHolderAndDelegate() {
        assertEquals(
                Optional.of(new TransitionRejection.CipNotVerified()),
                check(LifecyclePolicy.TOSCANA_2_0, CardState.ACTIVE, RevocationCause.THEFT, HOLDER_WITHOUT_CIP));
        assertEquals(
                Optional.of(new TransitionRejection.CipNotVerified()),
                check(LifecyclePolicy.TOSCANA_2_0, CardState.ACTIVE, RevocationCause.THEFT, PARENT_WITHOUT_CIP));
        RevocationRequester parentWithCip =
                new RevocationRequester.Delegate(LegalRepresentativeRole.PARENT, DELEGATE_CF, CipVerification.VERIFIED);
        Transition t = LifecyclePolicy.TOSCANA_2_0.apply(
                CardState.ACTIVE, new CardEvent.Revocation(RevocationCause.THEFT, parentWithCip));
        assertEquals(CardState.REVOKED, t.to());
        assertEquals(
                Optional.of(CRLReason.KEY_COMPROMISE), t.certificateAction().crlReason());
    }

    @Test
    void dm2011DoesNotNeedTheCip() {
        for (RevocationRequester requester : Set.of(HOLDER_WITHOUT_CIP, PARENT_WITHOUT_CIP)) {
            Transition t = LifecyclePolicy.DM_2011.apply(
                    CardState.ACTIVE, new CardEvent.Revocation(RevocationCause.PUK_BLOCKED, requester));
            assertEquals(
                    Optional.of(CRLReason.CESSATION_OF_OPERATION),
                    t.certificateAction().crlReason());
        }
    }

    @Test
    void revokingAHeldCertificateTurnsTheHoldIntoTheFinalReason() {
        Transition hold = LifecyclePolicy.DM_2011.apply(CardState.ACTIVE, new CardEvent.Suspension());
        assertEquals(CardState.SUSPENDED, hold.to());
        Transition revoke = LifecyclePolicy.DM_2011.apply(
                hold.to(), new CardEvent.Revocation(RevocationCause.LOSS, HOLDER_WITHOUT_CIP));
        assertEquals(CardState.REVOKED, revoke.to());
        assertEquals(new CertificateAction.Revoke(RevocationCause.LOSS), revoke.certificateAction());
    }

    @Test
    void theMessageNamesStateEventPolicyAndRuleButNotTheDelegate() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> LifecyclePolicy.TOSCANA_2_0.apply(
                        CardState.ACTIVE, new CardEvent.Revocation(RevocationCause.LOSS, PARENT_WITHOUT_CIP)));
        assertEquals(
                "cannot apply 'revocation' to a card in state 'active' under policy TOSCANA_2_0: "
                        + "a revocation asked by the holder or a delegate needs the CIP to have been verified",
                e.getMessage());
        assertFalse(e.getMessage().contains(DELEGATE_CF.value()));
        assertTrue(e.rejection() instanceof TransitionRejection.CipNotVerified);
    }

    @Test
    void rejectionCodesAreFrozenAndUnique() {
        Map<Class<?>, String> codes = Map.of(
                TransitionRejection.NoSuchTransition.class,
                new TransitionRejection.NoSuchTransition(
                                LifecyclePolicy.DM_2011, CardState.ISSUED, CardEventType.EXPIRY)
                        .code(),
                TransitionRejection.CauseNotAllowed.class,
                new TransitionRejection.CauseNotAllowed(RequesterKind.HOLDER, RevocationCause.LOSS).code(),
                TransitionRejection.CodesNotYetReleased.class,
                new TransitionRejection.CodesNotYetReleased(CardState.ISSUED).code(),
                TransitionRejection.CipNotVerified.class,
                new TransitionRejection.CipNotVerified().code());
        assertEquals(
                Set.of(TransitionRejection.class.getPermittedSubclasses()),
                codes.keySet(),
                "pin the code of every rejection");
        assertEquals(
                Set.of("no-such-transition", "cause-not-allowed", "codes-not-yet-released", "cip-not-verified"),
                Set.copyOf(codes.values()));
    }

    @Test
    void onlyTheTuscanPolicyAsksAHolderForTheCipToRevoke() {
        assertTrue(LifecyclePolicy.TOSCANA_2_0.requiresCipForRevocation());
        assertFalse(LifecyclePolicy.DM_2011.requiresCipForRevocation());
    }
}
