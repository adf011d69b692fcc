package io.tscns.cms.sandbox.internal.pipeline;

import static io.tscns.cms.sandbox.internal.domain.Operation.ACTIVATE;
import static io.tscns.cms.sandbox.internal.domain.Operation.AUDIT_EXPORT;
import static io.tscns.cms.sandbox.internal.domain.Operation.AUDIT_VERIFY;
import static io.tscns.cms.sandbox.internal.domain.Operation.CONSENTS_READ;
import static io.tscns.cms.sandbox.internal.domain.Operation.CONSENTS_WRITE;
import static io.tscns.cms.sandbox.internal.domain.Operation.EMISSION;
import static io.tscns.cms.sandbox.internal.domain.Operation.EXPIRE;
import static io.tscns.cms.sandbox.internal.domain.Operation.HISTORY;
import static io.tscns.cms.sandbox.internal.domain.Operation.HOLDER;
import static io.tscns.cms.sandbox.internal.domain.Operation.IDENTIFY;
import static io.tscns.cms.sandbox.internal.domain.Operation.LOGIN;
import static io.tscns.cms.sandbox.internal.domain.Operation.LOGOUT;
import static io.tscns.cms.sandbox.internal.domain.Operation.OUTBOX;
import static io.tscns.cms.sandbox.internal.domain.Operation.PERSON_CARDS;
import static io.tscns.cms.sandbox.internal.domain.Operation.PERSON_OPERATIONS;
import static io.tscns.cms.sandbox.internal.domain.Operation.REACTIVATE;
import static io.tscns.cms.sandbox.internal.domain.Operation.REISSUE;
import static io.tscns.cms.sandbox.internal.domain.Operation.REPRINT;
import static io.tscns.cms.sandbox.internal.domain.Operation.REVOKE_BY_HOLDER;
import static io.tscns.cms.sandbox.internal.domain.Operation.REVOKE_BY_ISSUER;
import static io.tscns.cms.sandbox.internal.domain.Operation.REVOKE_ON_IDENTIFICATION;
import static io.tscns.cms.sandbox.internal.domain.Operation.SHIP;
import static io.tscns.cms.sandbox.internal.domain.Operation.STATUS;
import static io.tscns.cms.sandbox.internal.domain.Operation.STATUS_BY_TEAM_NUMBER;
import static io.tscns.cms.sandbox.internal.domain.Operation.SUSPEND;
import static io.tscns.cms.sandbox.internal.domain.Operation.WHO_AM_I;
import static io.tscns.cms.sandbox.internal.pipeline.RoleMatrix.Grant.ENABLED_COUNTER;
import static io.tscns.cms.sandbox.internal.pipeline.RoleMatrix.Grant.NO;
import static io.tscns.cms.sandbox.internal.pipeline.RoleMatrix.Grant.OWN_REGION;
import static io.tscns.cms.sandbox.internal.pipeline.RoleMatrix.Grant.YES;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.domain.Operation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which role may run which operation in the sandbox CMS (<i>matrice dei ruoli</i>): the sandbox's policy, as one
 * table, row by operation, one column per {@link OperatorRole} in its declaration order. A real CMS has its own; the
 * protocol carries the roles as vocabulary only.
 * <table>
 *   <caption>Operations by role</caption>
 *   <tr><th>Operation</th><th>ASL</th><th>Pharmacy</th><th>Call centre</th><th>Issuer admin</th>
 *       <th>Authorised body</th></tr>
 *   <tr><td>identify (Toscana manual v2.0 §10.1 steps 4–5; §8.1.1)</td><td>yes</td><td>yes</td><td>yes</td>
 *       <td>yes</td><td>yes</td></tr>
 *   <tr><td>activate (§10.1–10.3)</td><td>yes</td><td>own region's cards</td><td>no</td><td>yes</td>
 *       <td>yes</td></tr>
 *   <tr><td>reprint (§10.6)</td><td>own region's cards</td><td>own region's cards</td><td>no</td>
 *       <td>own region's cards</td><td>own region's cards</td></tr>
 *   <tr><td>record consents (§10.4)</td><td>yes</td><td>yes</td><td>no</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>read consents</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>revocation by holder or delegate with CIP (§10.7, §8.2)</td><td>own region's cards</td>
 *       <td>own region's cards</td><td>own region's cards</td><td>own region's cards</td>
 *       <td>own region's cards</td></tr>
 *   <tr><td>revocation by the issuer for personal-data errors (§10.7.1)</td><td>no</td><td>no</td><td>no</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>suspension, reactivation (DM 20 giugno 2011 Allegato 2 point 4; lifecycle profile permitting)</td>
 *       <td>yes</td><td>no</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>card status (Allegato 2 point 6)</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>history, holder data, cards of a person (Allegato 2 point 5)</td><td>yes</td><td>no</td><td>yes</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>duplicate (re-issue) request (§10.5, Allegato 2 point 7)</td><td>enabled counters only</td><td>no</td>
 *       <td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>emission request, newborns and immigrants (Allegato 2 point 8)</td><td>yes</td><td>no</td><td>no</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>audit export and verification (Allegato 2, traceability)</td><td>no</td><td>no</td><td>no</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>the sandbox's outbox (an explicit capability of the sandbox, never an operator's)</td><td>no</td>
 *       <td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>login, logout, who am I</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>shipment; expiry asked explicitly ({@code docs/cms.md §9.6})</td><td>no</td><td>no</td><td>no</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>revocation by the issuer's office for a holder identified at its counter, without the CIP (§10.7,
 *       §8.1.1; {@code docs/cms.md §9.6})</td><td>own region's cards</td><td>no</td><td>no</td><td>no</td>
 *       <td>no</td></tr>
 * </table>
 * Pharmacies cannot activate cards issued by another region ({@code docs/cms.md §1.3}); re-issue is for ASL counters
 * enabled for it (§10.5). The issuer's own staff may identify the holder (§8.1.1: "l'Ente emittitore, anche tramite
 * suoi incaricati") and then do what the identification opens (§8, §8.1): release the codes (activation, reprint),
 * record the FSE consents that close an activation (§10.1 step 11), take a revocation request. Another body the
 * region authorises, e.g. a municipality, runs an activation counter (§5.3) with a counter's rights and no more: it
 * identifies, activates (any region's card, as municipalities do, {@code docs/cms.md §1.3}), records consents,
 * reprints and takes revocations; it files no duplicate (§10.5: ASL counters only), suspends nothing, and, like a
 * pharmacy, reads no history or personal data beyond identification ({@code docs/cms.md §9.7}).
 * A card's codes are its own region's business: a revocation with the CIP and a reprint act
 * only on cards of the operator's region, refused before the CIP is tried or a code is opened, so that no operator
 * can block another region's CIP or read its codes. The matrix is our reading of the Toscana manual v2.0 §8–10 and
 * DM 20 giugno 2011 Allegato 2, an inference where they are silent (the call centre's suspension, from the DM 2011
 * profile). Login, logout and "who am I" are open to every authenticated operator; the HTTP front records them in
 * the audit chain. The outbox is no operator's: the sandbox serves it to a capability of its own. Immutable,
 * thread-safe.
 */
public final class RoleMatrix {

    /** What a role may do with an operation. */
    public enum Grant {
        /** Not allowed: {@code forbidden-role}. */
        NO,
        /** Allowed. */
        YES,
        /** Allowed on cards issued by the operator's own region only: {@code other-region} otherwise. */
        OWN_REGION,
        /** Allowed at counters enabled for it only: {@code reissue-not-enabled} otherwise. */
        ENABLED_COUNTER
    }

    /** The table. Columns: ASL_COUNTER, PHARMACY, CALL_CENTER, ISSUER_ADMIN, AUTHORISED_BODY. */
    private static final Map<Operation, Map<OperatorRole, Grant>> TABLE = new Rows()
            .row(IDENTIFY, YES, YES, YES, YES, YES)
            .row(ACTIVATE, YES, OWN_REGION, NO, YES, YES)
            .row(CONSENTS_READ, YES, YES, YES, YES, YES)
            .row(CONSENTS_WRITE, YES, YES, NO, YES, YES)
            .row(REPRINT, OWN_REGION, OWN_REGION, NO, OWN_REGION, OWN_REGION)
            .row(REVOKE_BY_HOLDER, OWN_REGION, OWN_REGION, OWN_REGION, OWN_REGION, OWN_REGION)
            .row(REVOKE_BY_ISSUER, NO, NO, NO, YES, NO)
            .row(SUSPEND, YES, NO, YES, NO, NO)
            .row(REACTIVATE, YES, NO, YES, NO, NO)
            .row(STATUS, YES, YES, YES, YES, YES)
            .row(STATUS_BY_TEAM_NUMBER, YES, YES, YES, YES, YES)
            .row(HISTORY, YES, NO, YES, YES, NO)
            .row(HOLDER, YES, NO, YES, YES, NO)
            .row(PERSON_CARDS, YES, NO, YES, YES, NO)
            .row(PERSON_OPERATIONS, YES, NO, YES, YES, NO)
            .row(REISSUE, ENABLED_COUNTER, NO, NO, NO, NO)
            .row(EMISSION, YES, NO, NO, YES, NO)
            .row(AUDIT_EXPORT, NO, NO, NO, YES, NO)
            .row(AUDIT_VERIFY, NO, NO, NO, YES, NO)
            .row(OUTBOX, NO, NO, NO, NO, NO)
            .row(LOGIN, YES, YES, YES, YES, YES)
            .row(LOGOUT, YES, YES, YES, YES, YES)
            .row(WHO_AM_I, YES, YES, YES, YES, YES)
            .row(SHIP, NO, NO, NO, YES, NO)
            .row(EXPIRE, NO, NO, NO, YES, NO)
            .row(REVOKE_ON_IDENTIFICATION, OWN_REGION, NO, NO, NO, NO)
            .table();

    private RoleMatrix() {}

    /**
     * Returns what a role may do with an operation.
     *
     * @param operation the operation
     * @param role      the role
     * @return the grant
     */
    public static Grant grant(Operation operation, OperatorRole role) {
        return TABLE.get(operation).get(role);
    }

    /**
     * Builds the table row by row, checking that every operation has one row with a grant per role. Package-private
     * for its tests: it runs once, when the matrix is loaded.
     */
    static final class Rows {
        private final Map<Operation, Map<OperatorRole, Grant>> rows = new EnumMap<>(Operation.class);

        Rows row(Operation operation, Grant... grants) {
            OperatorRole[] roles = OperatorRole.values();
            if (grants.length != roles.length || rows.containsKey(operation)) {
                throw new IllegalStateException("the role matrix's row of " + operation + " is malformed");
            }
            Map<OperatorRole, Grant> row = new EnumMap<>(OperatorRole.class);
            for (int i = 0; i < roles.length; i++) {
                row.put(roles[i], grants[i]);
            }
            rows.put(operation, Collections.unmodifiableMap(row));
            return this;
        }

        Map<Operation, Map<OperatorRole, Grant>> table() {
            if (rows.size() != Operation.values().length) {
                throw new IllegalStateException("the role matrix has no row for some operations");
            }
            return Collections.unmodifiableMap(rows);
        }
    }
}
