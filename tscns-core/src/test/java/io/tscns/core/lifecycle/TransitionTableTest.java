package io.tscns.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.StableCode;
import java.security.cert.CRLReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins every cell of both transition tables: 7 states by 7 event types by 2 policies. A cell holds the target
 * state's id or {@code -} for "refused".
 */
class TransitionTableTest {

    private static final String EVENTS =
            "           shipment activation suspension reactivation revocation replacement expiry";

    private static final String DM_2011 = EVENTS + """

            issued     shipped  -          -          -            revoked    replaced    expired
            shipped    -        active     -          -            revoked    replaced    expired
            active     -        -          suspended  -            revoked    replaced    expired
            suspended  -        -          -          active       revoked    -           expired
            revoked    -        -          -          -            -          -           -
            expired    -        -          -          -            -          -           -
            replaced   -        -          -          -            -          -           -
            """;

    private static final String TOSCANA_2_0 = EVENTS + """

            issued     shipped  -          -          -            revoked    replaced    expired
            shipped    -        active     -          -            revoked    replaced    expired
            active     -        -          -          -            revoked    replaced    expired
            suspended  -        -          -          -            revoked    -           expired
            revoked    -        -          -          -            -          -           -
            expired    -        -          -          -            -          -           -
            replaced   -        -          -          -            -          -           -
            """;

    /** Parses a grid into state, then event type, then target (absent for "-"). */
    private static Map<CardState, Map<CardEventType, Optional<CardState>>> grid(String text) {
        String[] lines = text.strip().split("\n");
        String[] header = lines[0].strip().split("\\s+");
        Map<CardState, Map<CardEventType, Optional<CardState>>> grid = new EnumMap<>(CardState.class);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].strip().split("\\s+");
            Map<CardEventType, Optional<CardState>> row = new EnumMap<>(CardEventType.class);
            for (int j = 0; j < header.length; j++) {
                String cell = cells[j + 1];
                row.put(
                        StableCode.byId(CardEventType.class, header[j]),
                        cell.equals("-") ? Optional.empty() : Optional.of(StableCode.byId(CardState.class, cell)));
            }
            grid.put(StableCode.byId(CardState.class, cells[0]), row);
        }
        assertEquals(CardState.values().length, grid.size(), "grid must list every state");
        return grid;
    }

    private static Map<CardState, Map<CardEventType, Optional<CardState>>> expected(LifecyclePolicy policy) {
        return grid(policy == LifecyclePolicy.DM_2011 ? DM_2011 : TOSCANA_2_0);
    }

    /** An event of the type that passes every revocation rule in any non-final state: the issuer's. */
    static CardEvent permissiveEvent(CardEventType type) {
        return switch (type) {
            case SHIPMENT -> new CardEvent.Shipment();
            case ACTIVATION -> new CardEvent.Activation();
            case SUSPENSION -> new CardEvent.Suspension();
            case REACTIVATION -> new CardEvent.Reactivation();
            case REVOCATION ->
                new CardEvent.Revocation(RevocationCause.PERSONAL_DATA_ERROR, new RevocationRequester.Issuer());
            case REPLACEMENT -> new CardEvent.Replacement();
            case EXPIRY -> new CardEvent.Expiry();
        };
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void everyCellOfTheTableIsPinned(LifecyclePolicy policy) {
        var expected = expected(policy);
        int rows = 0;
        for (CardState from : CardState.values()) {
            for (CardEventType event : CardEventType.values()) {
                Optional<CardState> target = expected.get(from).get(event);
                assertEquals(target, policy.table().target(from, event), policy + ": " + from + " x " + event);
                rows += target.isPresent() ? 1 : 0;
            }
        }
        assertEquals(rows, policy.table().rows().size(), "rows() lists exactly the allowed cells");
    }

    @ParameterizedTest
    @EnumSource(LifecyclePolicy.class)
    void everyCellBehavesAsPinnedWhenApplied(LifecyclePolicy policy) {
        var expected = expected(policy);
        for (CardState from : CardState.values()) {
            for (CardEventType type : CardEventType.values()) {
                CardEvent event = permissiveEvent(type);
                Optional<CardState> target = expected.get(from).get(type);
                if (target.isPresent()) {
                    Transition transition = policy.apply(from, event);
                    assertEquals(target.get(), transition.to(), policy + ": " + from + " x " + type);
                    assertEquals(event.certificateAction(), transition.certificateAction());
                } else {
                    IllegalTransitionException e = assertThrows(
                            IllegalTransitionException.class,
                            () -> policy.apply(from, event),
                            policy + ": " + from + " x " + type);
                    assertEquals(new TransitionRejection.NoSuchTransition(policy, from, type), e.rejection());
                    assertEquals(policy, e.policy());
                    assertEquals(from, e.from());
                    assertEquals(type, e.event());
                    assertTrue(
                            e.getMessage().contains("'" + type.id() + "'")
                                    && e.getMessage().contains("'" + from.id() + "'")
                                    && e.getMessage().contains(policy.name()),
                            e.getMessage());
                }
            }
        }
    }

    @Test
    void finalStatesAdmitNoEventUnderAnyPolicy() {
        for (LifecyclePolicy policy : LifecyclePolicy.values()) {
            for (CardState state : CardState.values()) {
                assertEquals(state.isFinal(), policy.table().eventsFrom(state).isEmpty(), policy + " " + state);
            }
        }
    }

    @Test
    void eventsFromListsWhatAnOperatorMayOffer() {
        assertEquals(
                Set.of(
                        CardEventType.SUSPENSION,
                        CardEventType.REVOCATION,
                        CardEventType.REPLACEMENT,
                        CardEventType.EXPIRY),
                LifecyclePolicy.DM_2011.table().eventsFrom(CardState.ACTIVE));
        assertEquals(
                Set.of(CardEventType.REVOCATION, CardEventType.REPLACEMENT, CardEventType.EXPIRY),
                LifecyclePolicy.TOSCANA_2_0.table().eventsFrom(CardState.ACTIVE));
    }

    @Test
    void theCertificateActionOfEachEventIsPinned() {
        Map<CardEventType, String> ids = new EnumMap<>(CardEventType.class);
        Map<CardEventType, Optional<CRLReason>> reasons = new EnumMap<>(CardEventType.class);
        for (CardEventType type : CardEventType.values()) {
            CertificateAction action = permissiveEvent(type).certificateAction();
            ids.put(type, action.id());
            reasons.put(type, action.crlReason());
        }
        assertEquals(
                Map.of(
                        CardEventType.SHIPMENT,
                        "none",
                        CardEventType.ACTIVATION,
                        "none",
                        CardEventType.SUSPENSION,
                        "hold",
                        CardEventType.REACTIVATION,
                        "release-hold",
                        CardEventType.REVOCATION,
                        "revoke",
                        CardEventType.REPLACEMENT,
                        "revoke",
                        CardEventType.EXPIRY,
                        "none"),
                ids);
        assertEquals(Optional.of(CRLReason.CERTIFICATE_HOLD), reasons.get(CardEventType.SUSPENSION));
        assertEquals(Optional.of(CRLReason.REMOVE_FROM_CRL), reasons.get(CardEventType.REACTIVATION));
        assertEquals(Optional.of(CRLReason.SUPERSEDED), reasons.get(CardEventType.REPLACEMENT));
        assertEquals(Optional.of(CRLReason.AFFILIATION_CHANGED), reasons.get(CardEventType.REVOCATION));
        assertEquals(Optional.empty(), reasons.get(CardEventType.EXPIRY), "expiry is not revocation");
    }

    @Test
    void suspensionUnderToscanaSaysThePolicyHasNone() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> LifecyclePolicy.TOSCANA_2_0.apply(CardState.ACTIVE, new CardEvent.Suspension()));
        assertEquals(
                "cannot apply 'suspension' to a card in state 'active' under policy TOSCANA_2_0: "
                        + "policy TOSCANA_2_0 has no suspension or reactivation",
                e.getMessage());
        assertEquals("no-such-transition", e.rejection().code());
    }

    @Test
    void aFinalStateIsNamedAsSuch() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> LifecyclePolicy.DM_2011.apply(CardState.REVOKED, new CardEvent.Reactivation()));
        assertTrue(e.getMessage().endsWith("state 'revoked' is final: no event leaves it"), e.getMessage());
    }

    @Test
    void reactivationIsAllowedOnlyFromHold() {
        IllegalTransitionException e = assertThrows(
                IllegalTransitionException.class,
                () -> LifecyclePolicy.DM_2011.apply(CardState.ACTIVE, new CardEvent.Reactivation()));
        assertInstanceOf(TransitionRejection.NoSuchTransition.class, e.rejection());
        assertTrue(e.getMessage().contains("allowed: [suspension, revocation, replacement, expiry]"), e.getMessage());
    }

    @Test
    void aTransitionCannotBeBuiltForAnIllegalStep() {
        assertThrows(
                IllegalTransitionException.class,
                () -> new Transition(LifecyclePolicy.DM_2011, CardState.EXPIRED, new CardEvent.Activation()));
        Transition legal = new Transition(LifecyclePolicy.DM_2011, CardState.SHIPPED, new CardEvent.Activation());
        assertEquals(CardState.ACTIVE, legal.to());
        assertEquals(legal, LifecyclePolicy.DM_2011.apply(CardState.SHIPPED, new CardEvent.Activation()));
    }
}
