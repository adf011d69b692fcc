package io.tscns.cms.sandbox.internal.engine;

import static io.tscns.cms.protocol.OperatorRole.ASL_COUNTER;
import static io.tscns.cms.protocol.OperatorRole.CALL_CENTER;
import static io.tscns.cms.protocol.OperatorRole.ISSUER_ADMIN;
import static io.tscns.cms.protocol.OperatorRole.PHARMACY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.cms.protocol.OperatorRole;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role matrix the engine enforces, every operation × every role, against the table of the protocol's Javadoc. */
class OperationRolesTest {

    private static final Set<OperatorRole> ALL = EnumSet.allOf(OperatorRole.class);
    private static final Map<Operation, Set<OperatorRole>> MATRIX = Map.ofEntries(
            Map.entry(Operation.LOGIN, ALL),
            Map.entry(Operation.IDENTIFY, EnumSet.of(ASL_COUNTER, PHARMACY, CALL_CENTER)),
            Map.entry(Operation.ACTIVATE, EnumSet.of(ASL_COUNTER, PHARMACY)),
            Map.entry(Operation.CONSENTS_READ, EnumSet.of(ASL_COUNTER, PHARMACY, CALL_CENTER)),
            Map.entry(Operation.CONSENTS_WRITE, EnumSet.of(ASL_COUNTER, PHARMACY)),
            Map.entry(Operation.REPRINT, EnumSet.of(ASL_COUNTER, PHARMACY)),
            Map.entry(Operation.REVOKE_BY_HOLDER, EnumSet.of(ASL_COUNTER, PHARMACY, CALL_CENTER)),
            Map.entry(Operation.REVOKE_BY_ISSUER, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.SUSPEND, EnumSet.of(ASL_COUNTER, CALL_CENTER)),
            Map.entry(Operation.REACTIVATE, EnumSet.of(ASL_COUNTER, CALL_CENTER)),
            Map.entry(Operation.STATUS, ALL),
            Map.entry(Operation.HISTORY, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.HOLDER, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.PERSON_CARDS, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.REISSUE, EnumSet.of(ASL_COUNTER)),
            Map.entry(Operation.EMISSION, EnumSet.of(ASL_COUNTER, ISSUER_ADMIN)),
            Map.entry(Operation.AUDIT_EXPORT, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.AUDIT_VERIFY, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.OUTBOX, ALL));

    @Test
    void everyRoleAndOperationIsAllowedExactlyAsTheMatrixSays() {
        assertEquals(EnumSet.allOf(Operation.class), EnumSet.copyOf(MATRIX.keySet()), "the table covers every operation");
        for (Operation operation : Operation.values()) {
            for (OperatorRole role : OperatorRole.values()) {
                assertEquals(MATRIX.get(operation).contains(role), operation.allows(role), operation + " × " + role);
            }
        }
    }

    @Test
    void everyOperationStaysWithinItsProtocolRoles() {
        for (Operation operation : Operation.values()) {
            for (OperatorRole role : OperatorRole.values()) {
                if (operation.allows(role)) {
                    assertEquals(true, operation.protocol().roles().contains(role), operation + " × " + role);
                }
            }
            assertEquals(operation.protocol(), Operation.byAuditCode(operation.auditCode()).orElseThrow().protocol(),
                    "the history maps " + operation.auditCode() + " back to its protocol operation");
        }
    }
}
