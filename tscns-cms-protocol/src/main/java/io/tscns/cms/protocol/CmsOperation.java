package io.tscns.cms.protocol;

/**
 * Every operation of the CMS protocol v1: its {@code operationId} in the OpenAPI document (also the name of the
 * client method), HTTP method, path template under {@link CmsHeaders#BASE_PATH}, request and response body types and
 * success status. Which {@link OperatorRole} may call which operation is each server's policy, not the protocol's: a
 * server refuses a call with {@code forbidden-role}. A test keeps this enum, the OpenAPI document and the client in
 * step.
 *
 * <p>Every {@code POST} except {@link #LOGIN} and {@link #LOGOUT} carries an {@code Idempotency-Key}
 * ({@link #requiresIdempotencyKey()}). Login is exempt: repeating it opens another session, harmlessly, and the server
 * never stores a session token in its idempotency store; logout is idempotent by nature.
 *
 * @since 0.1.0
 */
public enum CmsOperation {

    /** Login with a personal token (DM 2011 Allegato 2). */
    LOGIN("login", "POST", "/sessions", LoginRequest.class, LoginResult.class, 201),
    /** Logout: ends the session of the bearer token (idempotent; no body either way). */
    LOGOUT("logout", "POST", "/sessions/logout", null, Void.class, 204),
    /** The operator behind the credentials. */
    WHO_AM_I("whoAmI", "GET", "/operators/me", null, OperatorProfile.class, 200),
    /** Card identification (§10.1 steps 4–5). */
    IDENTIFY_CARD("identifyCard", "POST", "/cards/identify", IdentifyRequest.class, IdentifyResult.class, 200),
    /** Activation (§10.1–10.3). */
    ACTIVATE_CARD("activateCard", "POST", "/cards/{cardId}/activation", ActivateCardRequest.class, Receipt.class, 201),
    /** The FSE consents of a card's holder. */
    GET_CONSENTS("getConsents", "GET", "/cards/{cardId}/consents", null, ConsentsView.class, 200),
    /** FSE consents after activation (§10.4). */
    RECORD_CONSENTS(
            "recordConsents", "POST", "/cards/{cardId}/consents", ConsentsUpdate.class, ConsentsView.class, 200),
    /** PIN/PUK reprint (§10.6). */
    REPRINT_CODES("reprintCodes", "POST", "/cards/{cardId}/reprint", ReprintRequest.class, Receipt.class, 201),
    /** Revocation (§10.7, §10.7.1). */
    REVOKE_CARD("revokeCard", "POST", "/cards/{cardId}/revocation", RevocationRequest.class, CardStatus.class, 200),
    /** Suspension (DM 2011 Allegato 2 point 4). */
    SUSPEND_CARD("suspendCard", "POST", "/cards/{cardId}/suspension", LifecycleRequest.class, CardStatus.class, 200),
    /** Reactivation of a suspended card. */
    REACTIVATE_CARD(
            "reactivateCard", "POST", "/cards/{cardId}/reactivation", LifecycleRequest.class, CardStatus.class, 200),
    /** Card status (DM 2011 Allegato 2 point 6). */
    GET_CARD("getCard", "GET", "/cards/{cardId}", null, CardStatus.class, 200),
    /** Chronological history of a card (DM 2011 Allegato 2 point 5). */
    GET_HISTORY("getHistory", "GET", "/cards/{cardId}/history", null, HistoryView.class, 200),
    /** The holder's data. */
    GET_HOLDER("getHolder", "GET", "/cards/{cardId}/holder", null, PersonData.class, 200),
    /** All cards of a person. */
    GET_PERSON_CARDS("getPersonCards", "GET", "/persons/{codiceFiscale}/cards", null, PersonCards.class, 200),
    /** Every operation on a person's cards, with what the counter recorded (DM 2011 Allegato 2 point 5). */
    GET_PERSON_OPERATIONS(
            "getPersonOperations", "GET", "/persons/{codiceFiscale}/operations", null, PersonOperations.class, 200),
    /** Duplicate request (§10.5; DM 2011 Allegato 2 point 7). */
    REQUEST_REISSUE(
            "requestReissue",
            "POST",
            "/persons/{codiceFiscale}/reissue-requests",
            ReissueRequest.class,
            ReissueResult.class,
            201),
    /** Emission request for newborns and immigrants (DM 2011 Allegato 2 point 8). */
    REQUEST_EMISSION("requestEmission", "POST", "/emission-requests", EmissionRequest.class, EmissionResult.class, 201),
    /** Audit export in the core {@code AuditExport} format ({@code text/plain}). */
    EXPORT_AUDIT("exportAudit", "GET", "/audit/export", null, String.class, 200),
    /** Audit chain verification. */
    VERIFY_AUDIT("verifyAudit", "GET", "/audit/verification", null, AuditVerificationView.class, 200),
    /**
     * Shipment (<i>spedizione</i>, manual §9.1): a card from an emission or re-issue request was sent to the holder
     * or delivered to the counter, so that it can be activated ({@code docs/cms.md §9.6}).
     */
    SHIP_CARD("shipCard", "POST", "/cards/{cardId}/shipment", LifecycleRequest.class, CardStatus.class, 200),
    /**
     * Expiry (<i>scadenza</i>): a card past its expiry date is recorded as expired; a server may apply it by itself,
     * recorded under this operation ({@code docs/cms.md §9.6}).
     */
    EXPIRE_CARD("expireCard", "POST", "/cards/{cardId}/expiry", LifecycleRequest.class, CardStatus.class, 200),
    /**
     * Activation with PIN and PUK printed whole in a sealed envelope (DM 2011 Allegato 2 point 1c), where the CMS's
     * profile offers it.
     */
    ACTIVATE_CARD_SEALED_ENVELOPE(
            "activateCardBySealedEnvelope",
            "POST",
            "/cards/{cardId}/sealed-envelope-activation",
            SealedEnvelopeActivationRequest.class,
            SealedEnvelope.class,
            201),
    /**
     * Card status (DM 2011 Allegato 2 point 6), looked up by the TEAM number printed on the card rather than the card
     * id read from the chip: the same answer as {@link #GET_CARD}.
     */
    GET_CARD_BY_TEAM_NUMBER("getCardByTeamNumber", "GET", "/team-numbers/{teamNumber}", null, CardStatus.class, 200);

    private final String operationId;
    private final String method;
    private final String path;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final int successStatus;

    CmsOperation(
            String operationId,
            String method,
            String path,
            Class<?> requestType,
            Class<?> responseType,
            int successStatus) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
        this.requestType = requestType;
        this.responseType = responseType;
        this.successStatus = successStatus;
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
     * Returns the success body type ({@code String} for the text audit export, {@code Void} for none).
     *
     * @return the type
     */
    public Class<?> responseType() {
        return responseType;
    }

    /**
     * Returns the success status.
     *
     * @return 200, 201 or 204
     */
    public int successStatus() {
        return successStatus;
    }

    /**
     * Tells whether the operation changes state, so that it needs an {@code Idempotency-Key}.
     *
     * @return {@code true} for every {@code POST} except login and logout
     */
    public boolean requiresIdempotencyKey() {
        return method.equals("POST") && this != LOGIN && this != LOGOUT;
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
