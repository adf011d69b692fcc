package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.OperatorRole.ASL_COUNTER;
import static io.tscns.cms.protocol.OperatorRole.CALL_CENTER;
import static io.tscns.cms.protocol.OperatorRole.ISSUER_ADMIN;
import static io.tscns.cms.protocol.OperatorRole.PHARMACY;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation of the CMS protocol v1: its {@code operationId} in the OpenAPI document (also the name of the
 * client method), HTTP method, path template under {@link CmsHeaders#BASE_PATH}, request and response body types,
 * success status and the roles allowed (the matrix in {@link OperatorRole}). A test keeps this enum, the OpenAPI
 * document and the client in step.
 *
 * <p>Every {@code POST} except {@link #LOGIN} carries an {@code Idempotency-Key} ({@link #requiresIdempotencyKey()}).
 * Login is exempt: repeating it opens another session, harmlessly, and the server never stores a session token in its
 * idempotency store.
 */
public enum CmsOperation {

    /** Login with a personal token (DM 2011 Allegato 2). */
    LOGIN("login", "POST", "/sessions", LoginRequest.class, LoginResult.class, 201, all()),
    /** The operator behind the credentials. */
    WHO_AM_I("whoAmI", "GET", "/operators/me", null, OperatorProfile.class, 200, all()),
    /** Card identification (§10.1 steps 4–5). */
    IDENTIFY_CARD("identifyCard", "POST", "/cards/identify", IdentifyRequest.class, IdentifyResult.class, 200,
            roles(ASL_COUNTER, PHARMACY, CALL_CENTER)),
    /** Activation (§10.1–10.3). */
    ACTIVATE_CARD("activateCard", "POST", "/cards/{cardId}/activation", ActivateCardRequest.class, Receipt.class,
            201, roles(ASL_COUNTER, PHARMACY)),
    /** The FSE consents of a card's holder. */
    GET_CONSENTS("getConsents", "GET", "/cards/{cardId}/consents", null, ConsentsView.class, 200,
            roles(ASL_COUNTER, PHARMACY, CALL_CENTER)),
    /** FSE consents after activation (§10.4). */
    RECORD_CONSENTS("recordConsents", "POST", "/cards/{cardId}/consents", ConsentsUpdate.class, ConsentsView.class,
            200, roles(ASL_COUNTER, PHARMACY)),
    /** PIN/PUK reprint (§10.6). */
    REPRINT_CODES("reprintCodes", "POST", "/cards/{cardId}/reprint", ReprintRequest.class, Receipt.class, 201,
            roles(ASL_COUNTER, PHARMACY)),
    /** Revocation (§10.7, §10.7.1). */
    REVOKE_CARD("revokeCard", "POST", "/cards/{cardId}/revocation", RevocationRequest.class, CardStatus.class, 200,
            roles(ASL_COUNTER, PHARMACY, CALL_CENTER, ISSUER_ADMIN)),
    /** Suspension (DM 2011 Allegato 2 point 4). */
    SUSPEND_CARD("suspendCard", "POST", "/cards/{cardId}/suspension", LifecycleRequest.class, CardStatus.class, 200,
            roles(ASL_COUNTER, CALL_CENTER)),
    /** Reactivation of a suspended card. */
    REACTIVATE_CARD("reactivateCard", "POST", "/cards/{cardId}/reactivation", LifecycleRequest.class,
            CardStatus.class, 200, roles(ASL_COUNTER, CALL_CENTER)),
    /** Card status (DM 2011 Allegato 2 point 6). */
    GET_CARD("getCard", "GET", "/cards/{cardId}", null, CardStatus.class, 200, all()),
    /** Chronological history of a card (DM 2011 Allegato 2 point 5). */
    GET_HISTORY("getHistory", "GET", "/cards/{cardId}/history", null, HistoryView.class, 200,
            roles(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
    /** The holder's data. */
    GET_HOLDER("getHolder", "GET", "/cards/{cardId}/holder", null, PersonData.class, 200,
            roles(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
    /** All cards of a person. */
    GET_PERSON_CARDS("getPersonCards", "GET", "/persons/{codiceFiscale}/cards", null, PersonCards.class, 200,
            roles(ASL_COUNTER, CALL_CENTER, ISSUER_ADMIN)),
    /** Duplicate request (§10.5; DM 2011 Allegato 2 point 7). */
    REQUEST_REISSUE("requestReissue", "POST", "/persons/{codiceFiscale}/reissue-requests", ReissueRequest.class,
            ReissueResult.class, 201, roles(ASL_COUNTER)),
    /** Emission request for newborns and immigrants (DM 2011 Allegato 2 point 8). */
    REQUEST_EMISSION("requestEmission", "POST", "/emission-requests", EmissionRequest.class, EmissionResult.class,
            201, roles(ASL_COUNTER, ISSUER_ADMIN)),
    /** The sandbox outbox of an address. */
    READ_OUTBOX("readOutbox", "GET", "/outbox", null, OutboxView.class, 200, all()),
    /** Audit export in the core {@code AuditExport} format ({@code text/plain}). */
    EXPORT_AUDIT("exportAudit", "GET", "/audit/export", null, String.class, 200, roles(ISSUER_ADMIN)),
    /** Audit chain verification. */
    VERIFY_AUDIT("verifyAudit", "GET", "/audit/verification", null, AuditVerificationView.class, 200,
            roles(ISSUER_ADMIN));

    private final String operationId;
    private final String method;
    private final String path;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final int successStatus;
    private final Set<OperatorRole> roles;

    CmsOperation(String operationId, String method, String path, Class<?> requestType, Class<?> responseType,
            int successStatus, Set<OperatorRole> roles) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
        this.requestType = requestType;
        this.responseType = responseType;
        this.successStatus = successStatus;
        this.roles = roles;
    }

    private static Set<OperatorRole> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(OperatorRole.class));
    }

    private static Set<OperatorRole> roles(OperatorRole first, OperatorRole... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /**
     * Returns the OpenAPI {@code operationId}, also the name of the {@code CmsClient} method.
     *
     * @return the id
     */
    public String operationId() {
        return operationId;
    }

    /**
     * Returns the HTTP method.
     *
     * @return {@code GET} or {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path template relative to the base path, e.g. {@code /cards/{cardId}/activation}.
     *
     * @return the template
     */
    public String pathTemplate() {
        return path;
    }

    /**
     * Returns the request body type.
     *
     * @return the type, or {@code null} for operations without a body
     */
    public Class<?> requestType() {
        return requestType;
    }

    /**
     * Returns the success body type ({@code String} for the text audit export).
     *
     * @return the type
     */
    public Class<?> responseType() {
        return responseType;
    }

    /**
     * Returns the success status.
     *
     * @return 200 or 201
     */
    public int successStatus() {
        return successStatus;
    }

    /**
     * Returns the roles allowed.
     *
     * @return an unmodifiable set
     */
    public Set<OperatorRole> roles() {
        return roles;
    }

    /**
     * Tells whether the operation changes state, so that it needs an {@code Idempotency-Key}.
     *
     * @return {@code true} for every {@code POST} except login
     */
    public boolean requiresIdempotencyKey() {
        return method.equals("POST") && this != LOGIN;
    }

    /**
     * Tells whether a client may retry the operation after a timeout, a dropped connection or a 502/503/504: a
     * {@code GET}, or a state-changing call retried with the same idempotency key. Login is not (it carries no key);
     * a client repeats it only when the connection could not be opened, so the request never left.
     *
     * @return {@code true} for every operation except login
     */
    public boolean retryable() {
        return this != LOGIN;
    }
}
