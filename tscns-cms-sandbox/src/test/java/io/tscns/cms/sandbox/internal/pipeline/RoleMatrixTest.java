package io.tscns.cms.sandbox.internal.pipeline;

import static io.tscns.cms.protocol.OperatorRole.ASL_COUNTER;
import static io.tscns.cms.protocol.OperatorRole.AUTHORISED_BODY;
import static io.tscns.cms.protocol.OperatorRole.CALL_CENTER;
import static io.tscns.cms.protocol.OperatorRole.ISSUER_ADMIN;
import static io.tscns.cms.protocol.OperatorRole.PHARMACY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.domain.Operation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's role matrix, every operation × every role, against the table of its Javadoc (the manual's sections):
 * who may run what, and the two conditions it puts on a grant; and the builder of the table, which puts each grant
 * under its role's column and refuses a row of the wrong width, a second row for an operation and a missing row. The
 * builder runs once, when the matrix is loaded, so its tests call it directly.
 */
class RoleMatrixTest {

    private static final Set<OperatorRole> ALL = EnumSet.allOf(OperatorRole.class);
    private static final Map<Operation, Set<OperatorRole>> MATRIX = Map.ofEntries(
            // The issuer's own staff identify (Toscana manual v2.0 §8.1.1) and then release the codes, record the
            // consents and take a revocation request (§8 and §8.1); an authorised body runs an activation counter
            // (§5.3).
            Map.entry(Operation.IDENTIFY, ALL),
            Map.entry(Operation.ACTIVATE, EnumSet.of(ASL_COUNTER, PHARMACY, ISSUER_ADMIN, AUTHORISED_BODY)),
            Map.entry(Operation.CONSENTS_READ, ALL),
            Map.entry(Operation.CONSENTS_WRITE, EnumSet.of(ASL_COUNTER, PHARMACY, ISSUER_ADMIN, AUTHORISED_BODY)),
            Map.entry(Operation.REPRINT, EnumSet.of(ASL_COUNTER, PHARMACY, ISSUER_ADMIN, AUTHORISED_BODY)),
            Map.entry(Operation.REVOKE_BY_HOLDER, ALL),
            Map.entry(Operation.REVOKE_BY_ISSUER, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.SUSPEND, EnumSet.of(ASL_COUNTER, CALL_CENTER)),
            Map.entry(Operation.REACTIVATE, EnumSet.of(ASL_COUNTER, CALL_CENTER)),
            Map.entry(Operation.STATUS, ALL),
            // A card's status looked up by its TEAM number is the same read as by card id.
            Map.entry(Operation.STATUS_BY_TEAM_NUMBER, ALL),
            Map.entry(Operation.HISTORY, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.HOLDER, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.PERSON_CARDS, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.PERSON_OPERATIONS, EnumSet.of(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
            Map.entry(Operation.REISSUE, EnumSet.of(ASL_COUNTER)),
            Map.entry(Operation.EMISSION, EnumSet.of(ASL_COUNTER, ISSUER_ADMIN)),
            Map.entry(Operation.AUDIT_EXPORT, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.AUDIT_VERIFY, EnumSet.of(ISSUER_ADMIN)),
            // The outbox is the sandbox's own capability, no operator's (issue 16, defect 10).
            Map.entry(Operation.OUTBOX, EnumSet.noneOf(OperatorRole.class)),
            Map.entry(Operation.LOGIN, ALL),
            Map.entry(Operation.LOGOUT, ALL),
            Map.entry(Operation.WHO_AM_I, ALL),
            // The lifecycle's loose ends (docs/cms.md §9.6): the issuer records shipments and expiries; its own
            // offices, the ASL counters, revoke for a holder they identified.
            Map.entry(Operation.SHIP, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.EXPIRE, EnumSet.of(ISSUER_ADMIN)),
            Map.entry(Operation.REVOKE_ON_IDENTIFICATION, EnumSet.of(ASL_COUNTER)));

    @Test
    void everyRoleAndOperationIsAllowedExactlyAsTheMatrixSays() {
        assertEquals(
                EnumSet.allOf(Operation.class), EnumSet.copyOf(MATRIX.keySet()), "the table covers every operation");
        for (Operation operation : Operation.values()) {
            for (OperatorRole role : OperatorRole.values()) {
                assertEquals(
                        MATRIX.get(operation).contains(role),
                        RoleMatrix.grant(operation, role) != RoleMatrix.Grant.NO,
                        operation + " × " + role);
            }
        }
    }

    @Test
    void conditionsAreWhereTheManualPutsThem() {
        for (Operation operation : Operation.values()) {
            for (OperatorRole role : OperatorRole.values()) {
                RoleMatrix.Grant expected = operation == Operation.ACTIVATE && role == PHARMACY
                        ? RoleMatrix.Grant.OWN_REGION // docs/cms.md §1.3
                        // A card's CIP and codes are its region's (issue 16, defect 4).
                        : (operation == Operation.REVOKE_BY_HOLDER
                                                || operation == Operation.REPRINT
                                                || operation == Operation.REVOKE_ON_IDENTIFICATION)
                                        && MATRIX.get(operation).contains(role)
                                ? RoleMatrix.Grant.OWN_REGION
                                : operation == Operation.REISSUE && role == ASL_COUNTER
                                        ? RoleMatrix.Grant.ENABLED_COUNTER
                                        : MATRIX.get(operation).contains(role)
                                                ? RoleMatrix.Grant.YES
                                                : RoleMatrix.Grant.NO;
                assertEquals(expected, RoleMatrix.grant(operation, role), operation + " × " + role);
            }
            // A read by TEAM number is audited as the status read it is; reads leave no history line.
            assertEquals(
                    operation.auditCode().equals("card.revoke")
                            ? Operation.REVOKE_BY_HOLDER
                            : operation == Operation.STATUS_BY_TEAM_NUMBER ? Operation.STATUS : operation,
                    Operation.byAuditCode(operation.auditCode()).orElseThrow(),
                    "the history maps " + operation.auditCode() + " back to its operation");
        }
    }

    private static final RoleMatrix.Grant[] ONE_OF_EACH = {
        RoleMatrix.Grant.YES,
        RoleMatrix.Grant.NO,
        RoleMatrix.Grant.OWN_REGION,
        RoleMatrix.Grant.ENABLED_COUNTER,
        RoleMatrix.Grant.YES
    };

    @Test
    void theBuilderPutsEachGrantUnderItsRolesColumnInDeclarationOrder() {
        RoleMatrix.Rows rows = new RoleMatrix.Rows();
        for (Operation operation : Operation.values()) {
            rows.row(operation, ONE_OF_EACH);
        }

        Map<Operation, Map<OperatorRole, RoleMatrix.Grant>> table = rows.table();

        assertEquals(EnumSet.allOf(Operation.class), table.keySet());
        Map<OperatorRole, RoleMatrix.Grant> expected = Map.of(
                ASL_COUNTER, RoleMatrix.Grant.YES,
                PHARMACY, RoleMatrix.Grant.NO,
                CALL_CENTER, RoleMatrix.Grant.OWN_REGION,
                ISSUER_ADMIN, RoleMatrix.Grant.ENABLED_COUNTER,
                AUTHORISED_BODY, RoleMatrix.Grant.YES);
        for (Operation operation : Operation.values()) {
            assertEquals(expected, table.get(operation), operation.name());
        }
    }

    @Test
    void theBuilderRefusesARowOfTheWrongWidth() {
        RoleMatrix.Rows rows = new RoleMatrix.Rows();

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> rows.row(Operation.IDENTIFY, RoleMatrix.Grant.YES, RoleMatrix.Grant.YES));
        assertEquals("the role matrix's row of IDENTIFY is malformed", refused.getMessage());
    }

    @Test
    void theBuilderRefusesASecondRowForAnOperation() {
        RoleMatrix.Rows rows = new RoleMatrix.Rows().row(Operation.IDENTIFY, ONE_OF_EACH);

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> rows.row(Operation.IDENTIFY, ONE_OF_EACH));
        assertEquals("the role matrix's row of IDENTIFY is malformed", refused.getMessage());
    }

    @Test
    void theBuilderRefusesATableMissingAnOperation() {
        RoleMatrix.Rows rows = new RoleMatrix.Rows();
        for (Operation operation : Operation.values()) {
            if (operation != Operation.OUTBOX) {
                rows.row(operation, ONE_OF_EACH);
            }
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, rows::table);
        assertEquals("the role matrix has no row for some operations", refused.getMessage());
    }
}
