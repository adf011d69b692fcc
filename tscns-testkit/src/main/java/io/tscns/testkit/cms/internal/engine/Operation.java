package io.tscns.testkit.cms.internal.engine;

import io.tscns.testkit.cms.OperatorRole;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation of the sandbox CMS, with its audit code and the roles allowed to perform it (the matrix of
 * {@link OperatorRole}).
 */
public enum Operation {
    /** Log in with a personal token. */
    LOGIN("session.create", EnumSet.allOf(OperatorRole.class)),
    /** Identify a card by codice fiscale, TEAM number and expiry date. */
    IDENTIFY("card.identify", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY)),
    /** Activate a card. */
    ACTIVATE("card.activate", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY)),
    /** Read FSE consents. */
    CONSENTS_READ("consent.read", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY,
            OperatorRole.CALL_CENTER)),
    /** Record FSE consents. */
    CONSENTS_WRITE("consent.record", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY)),
    /** Reprint PIN and PUK. */
    REPRINT("card.reprint", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY)),
    /** Revocation asked by the holder or a delegate. */
    REVOKE_BY_HOLDER("card.revoke", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY,
            OperatorRole.CALL_CENTER)),
    /** Revocation on the issuer's initiative. */
    REVOKE_BY_ISSUER("card.revoke", EnumSet.of(OperatorRole.ISSUER_ADMIN)),
    /** Suspension. */
    SUSPEND("card.suspend", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.CALL_CENTER)),
    /** Reactivation. */
    REACTIVATE("card.reactivate", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.CALL_CENTER)),
    /** Card status. */
    STATUS("card.status", EnumSet.allOf(OperatorRole.class)),
    /** Card history. */
    HISTORY("card.history", EnumSet.allOf(OperatorRole.class)),
    /** Holder data. */
    HOLDER("card.holder", EnumSet.allOf(OperatorRole.class)),
    /** Cards of a person. */
    PERSON_CARDS("person.cards", EnumSet.allOf(OperatorRole.class)),
    /** Duplicate request. */
    REISSUE("person.reissue-request", EnumSet.of(OperatorRole.ASL_COUNTER)),
    /** Emission request. */
    EMISSION("person.emission-request", EnumSet.of(OperatorRole.ASL_COUNTER, OperatorRole.ISSUER_ADMIN)),
    /** Audit export or verification. */
    AUDIT("audit.read", EnumSet.of(OperatorRole.ISSUER_ADMIN)),
    /** Sandbox outbox read. */
    OUTBOX("outbox.read", EnumSet.allOf(OperatorRole.class));

    private final String auditCode;
    private final Set<OperatorRole> roles;

    Operation(String auditCode, Set<OperatorRole> roles) {
        this.auditCode = auditCode;
        this.roles = roles;
    }

    /**
     * Returns the operation code written in the audit chain and the history.
     *
     * @return the code
     */
    public String auditCode() {
        return auditCode;
    }

    /**
     * Tells whether a role may perform this operation.
     *
     * @param role the role
     * @return whether it is allowed
     */
    public boolean allows(OperatorRole role) {
        return roles.contains(role);
    }
}
