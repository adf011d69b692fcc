package io.tscns.cms.sandbox.internal.engine;

import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.OperatorRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation the sandbox CMS audits: its audit code and the protocol {@link CmsOperation} it serves, whose
 * {@link CmsOperation#roles()} is the role matrix (see {@link OperatorRole}). Revocation is split by requester:
 * the protocol lets every role call {@code revokeCard}, and inside the operation a holder's or delegate's request
 * is refused to the issuer administrator and an issuer's request to everyone else ({@code forbidden-role}).
 */
public enum Operation {
    /** Log in with a personal token. */
    LOGIN("session.create", CmsOperation.LOGIN),
    /** Identify a card by codice fiscale, TEAM number and expiry date. */
    IDENTIFY("card.identify", CmsOperation.IDENTIFY_CARD),
    /** Activate a card. */
    ACTIVATE("card.activate", CmsOperation.ACTIVATE_CARD),
    /** Read FSE consents. */
    CONSENTS_READ("consent.read", CmsOperation.GET_CONSENTS),
    /** Record FSE consents. */
    CONSENTS_WRITE("consent.record", CmsOperation.RECORD_CONSENTS),
    /** Reprint PIN and PUK. */
    REPRINT("card.reprint", CmsOperation.REPRINT_CODES),
    /** Revocation asked by the holder or a delegate, with the CIP (§10.7). */
    REVOKE_BY_HOLDER("card.revoke", CmsOperation.REVOKE_CARD, OperatorRole.ASL_COUNTER, OperatorRole.PHARMACY,
            OperatorRole.CALL_CENTER),
    /** Revocation on the issuer's initiative for personal-data errors (§10.7.1). */
    REVOKE_BY_ISSUER("card.revoke", CmsOperation.REVOKE_CARD, OperatorRole.ISSUER_ADMIN),
    /** Suspension. */
    SUSPEND("card.suspend", CmsOperation.SUSPEND_CARD),
    /** Reactivation. */
    REACTIVATE("card.reactivate", CmsOperation.REACTIVATE_CARD),
    /** Card status. */
    STATUS("card.status", CmsOperation.GET_CARD),
    /** Card history. */
    HISTORY("card.history", CmsOperation.GET_HISTORY),
    /** Holder data. */
    HOLDER("card.holder", CmsOperation.GET_HOLDER),
    /** Cards of a person. */
    PERSON_CARDS("person.cards", CmsOperation.GET_PERSON_CARDS),
    /** Duplicate request; also recorded in the history of the card it replaces. */
    REISSUE("person.reissue-request", CmsOperation.REQUEST_REISSUE),
    /** Emission request. */
    EMISSION("person.emission-request", CmsOperation.REQUEST_EMISSION),
    /** Audit export. */
    AUDIT_EXPORT("audit.export", CmsOperation.EXPORT_AUDIT),
    /** Audit verification. */
    AUDIT_VERIFY("audit.verify", CmsOperation.VERIFY_AUDIT),
    /** Sandbox outbox read. */
    OUTBOX("outbox.read", CmsOperation.READ_OUTBOX);

    private final String auditCode;
    private final CmsOperation protocol;
    private final Set<OperatorRole> roles;

    Operation(String auditCode, CmsOperation protocol, OperatorRole... narrowed) {
        this.auditCode = auditCode;
        this.protocol = protocol;
        EnumSet<OperatorRole> allowed = EnumSet.copyOf(protocol.roles());
        if (narrowed.length > 0) {
            allowed.retainAll(EnumSet.of(narrowed[0], narrowed));
        }
        this.roles = Collections.unmodifiableSet(allowed);
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
     * Returns the protocol operation this serves.
     *
     * @return the protocol operation
     */
    public CmsOperation protocol() {
        return protocol;
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

    /**
     * Finds the operation with an audit code (as stored in the history).
     *
     * @param auditCode the code
     * @return the first operation with it, or empty
     */
    public static Optional<Operation> byAuditCode(String auditCode) {
        for (Operation operation : values()) {
            if (operation.auditCode.equals(auditCode)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
