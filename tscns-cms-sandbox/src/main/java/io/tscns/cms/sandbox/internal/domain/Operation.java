package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import java.util.Optional;

/**
 * Every operation the sandbox CMS runs through its pipeline (<i>operazione</i>), with the code the audit chain and a
 * card's history record it under. Which roles may run each is the pipeline's role matrix; the HTTP layer maps each
 * to the protocol operation it serves. Revocation is two operations with one code, because who may ask depends on
 * the requester: the holder or a delegate with the CIP (Toscana manual v2.0 §10.7), or the issuer for errors in the
 * personal data (§10.7.1).
 */
public enum Operation {
    /** Identify a card by codice fiscale, TEAM number and expiry date (§10.1 steps 4–5). */
    IDENTIFY("card.identify", false),
    /** Activate a card (§10.1–10.3). */
    ACTIVATE("card.activate", true),
    /** Read the FSE consents of a card's holder. */
    CONSENTS_READ("consent.read", false),
    /** Record FSE consents (§10.4). */
    CONSENTS_WRITE("consent.record", true),
    /** Reprint PIN and PUK (§10.6). */
    REPRINT("card.reprint", true),
    /** Revocation asked by the holder or a delegate, with the CIP (§10.7). */
    REVOKE_BY_HOLDER("card.revoke", true),
    /** Revocation on the issuer's initiative for personal-data errors (§10.7.1). */
    REVOKE_BY_ISSUER("card.revoke", true),
    /** Suspension (DM 20 giugno 2011, Allegato 2 point 4). */
    SUSPEND("card.suspend", true),
    /** Reactivation of a suspended card. */
    REACTIVATE("card.reactivate", true),
    /** Card status (Allegato 2 point 6). */
    STATUS("card.status", false),
    /** Card status looked up by the TEAM number printed on the card (Allegato 2 point 6), audited as a status read. */
    STATUS_BY_TEAM_NUMBER("card.status", false),
    /** Card history (Allegato 2 point 5). */
    HISTORY("card.history", false),
    /** Holder data. */
    HOLDER("card.holder", false),
    /** Cards of a person. */
    PERSON_CARDS("person.cards", false),
    /** Operations on a person's cards, with the counter records (Allegato 2 point 5). */
    PERSON_OPERATIONS("person.operations", false),
    /** Duplicate request (§10.5; Allegato 2 point 7); also recorded in the history of the card it replaces. */
    REISSUE("person.reissue-request", true),
    /** Emission request for a newborn or an immigrant (Allegato 2 point 8). */
    EMISSION("person.emission-request", true),
    /** Audit export. */
    AUDIT_EXPORT("audit.export", false),
    /** Audit verification. */
    AUDIT_VERIFY("audit.verify", false),
    /** The sandbox outbox of an address (sandbox only: a real CMS sends e-mail or SMS). */
    OUTBOX("outbox.read", false),
    /** Login with a personal token, opening a session (DM 20 giugno 2011 Allegato 2: personal credentials). */
    LOGIN("session.login", false),
    /** Logout, ending a session. */
    LOGOUT("session.logout", false),
    /** Who am I: the operator behind the credentials. */
    WHO_AM_I("operator.me", false),
    /** Shipment of a card from an emission or re-issue request (Toscana manual v2.0 §9.1; docs/cms.md §9.6). */
    SHIP("card.ship", true),
    /**
     * Expiry of a card past its expiry date: asked by an issuer administrator, or applied by the sandbox's clock to
     * a card an operation touches ({@code docs/cms.md §9.6}).
     */
    EXPIRE("card.expire", true),
    /**
     * Revocation by the issuer's office for a holder identified at its counter, without the CIP (§10.7; the holder
     * lost the card and the CIP, or the CIP is blocked; {@code docs/cms.md §9.6}).
     */
    REVOKE_ON_IDENTIFICATION("card.revoke", true);

    private final String auditCode;
    private final boolean changesState;

    Operation(String auditCode, boolean changesState) {
        this.auditCode = auditCode;
        this.changesState = changesState;
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
     * Tells whether the operation may change a card, so that a line of the card's history records it (reads and
     * identifications are in the audit chain only).
     *
     * @return whether it changes state
     */
    public boolean changesState() {
        return changesState;
    }

    /**
     * Returns the revocation operation for a requester: the issuer's own for personal-data errors (§10.7.1), the
     * issuer's office for a holder identified at its counter ({@code docs/cms.md §9.6}), or the holder's or a
     * delegate's with the CIP (§10.7).
     *
     * @param requester who asks
     * @param cause     the cause cited
     * @return the operation
     */
    public static Operation revocation(RequesterKind requester, RevocationCause cause) {
        if (requester != RequesterKind.ISSUER) {
            return REVOKE_BY_HOLDER;
        }
        return cause == RevocationCause.PERSONAL_DATA_ERROR ? REVOKE_BY_ISSUER : REVOKE_ON_IDENTIFICATION;
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
