package io.tscns.cms.protocol;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable codes of CMS problem documents (RFC 9457 {@code application/problem+json}), each with the HTTP status
 * the server answers with. The code is the last segment of the problem {@code type} URI
 * ({@code https://tscns.io/problems/<code>}) and the {@code code} member. Codes are never renamed once published;
 * the OpenAPI document lists them all ({@code x-problem-codes}) and a test keeps both in step.
 *
 * @since 0.1.0
 */
public enum ProblemCode {

    /** The body is not valid JSON for the operation, or a path parameter or query is malformed. */
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    /** The body is larger than the server accepts. */
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    /** The body is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /** No such route. */
    NOT_FOUND("not-found", 404, "Not found"),
    /** The route exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    /** No valid client certificate or session token; or the personal token is wrong. */
    UNAUTHENTICATED("unauthenticated", 401, "Unauthenticated"),
    /** The operator's role may not perform the operation (see {@link OperatorRole}). */
    FORBIDDEN_ROLE("forbidden-role", 403, "Operation not allowed for the operator's role"),
    /** The operator's credentials are valid but the operator is disabled. */
    OPERATOR_DISABLED("operator-disabled", 403, "Operator disabled"),
    /**
     * A CNS card certificate presented for operator login (<i>accesso con la carta dell'operatore</i>) is revoked
     * (or on hold) at its CA.
     */
    CARD_CERTIFICATE_REVOKED("card-certificate-revoked", 401, "Card certificate revoked"),
    /** A CNS card certificate presented for operator login is outside its validity period (expired or not yet valid). */
    CARD_CERTIFICATE_EXPIRED("card-certificate-expired", 401, "Card certificate expired"),
    /**
     * A CNS card certificate presented for operator login does not chain to a CNS CA the server trusts, breaks the
     * CNS authentication profile, or its revocation status cannot be established.
     */
    CARD_CERTIFICATE_UNTRUSTED("card-certificate-untrusted", 401, "Card certificate not trusted"),
    /**
     * A valid CNS card certificate whose codice fiscale is no operator's: the holder is authenticated, but has no
     * operator account.
     */
    UNKNOWN_OPERATOR("unknown-operator", 403, "No operator with this codice fiscale"),
    /** No card with that identifier, or no card matches the identification data. */
    CARD_NOT_FOUND("card-not-found", 404, "Card not found"),
    /** No person with that codice fiscale. */
    PERSON_NOT_FOUND("person-not-found", 404, "Person not found"),
    /** The data given do not match the card's holder (outside identification, which answers a typed outcome). */
    IDENTITY_MISMATCH("identity-mismatch", 422, "Identity mismatch"),
    /** The lifecycle policy does not allow the transition from the card's state. */
    ILLEGAL_TRANSITION("illegal-transition", 409, "Illegal lifecycle transition"),
    /** The CIP does not match; {@code triesLeft} says how many attempts remain. */
    WRONG_CIP("wrong-cip", 422, "Wrong CIP"),
    /** Too many wrong CIPs: the CIP is blocked. */
    CIP_BLOCKED("cip-blocked", 423, "CIP blocked"),
    /**
     * The activation request breaks activation rules, or a reprint's document breaks the activation rules for the
     * document of the person at the counter; {@code violations} lists them all.
     */
    ACTIVATION_REJECTED("activation-rejected", 422, "Activation rejected"),
    /** A pharmacy may not activate a card issued by another region. */
    OTHER_REGION("other-region", 403, "Card issued by another region"),
    /** Re-issue is allowed only at ASL counters enabled for it (manual §10.5). */
    REISSUE_NOT_ENABLED("reissue-not-enabled", 403, "Counter not enabled for re-issue"),
    /** A consent cannot be recorded under the FSE regime in force. */
    CONSENT_REJECTED("consent-rejected", 422, "Consent rejected"),
    /** A state-changing request came without an {@code Idempotency-Key}. */
    IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required", 400, "Idempotency-Key required"),
    /** The {@code Idempotency-Key} was already used with a different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused with a different request"),
    /** A concurrent change won; the server gave up after its own retries. */
    CONFLICT("conflict", 409, "Conflict"),
    /** The service is temporarily unavailable; safe calls may be retried. */
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    /** An unexpected server failure; the detail never holds a stack trace. */
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    /**
     * Too many logins, or requests carrying a CIP, from one operator in a short time; the {@code Retry-After} header
     * says in how many seconds to try again.
     */
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    /** The request's line, headers or body did not arrive in time. */
    REQUEST_TIMEOUT("request-timeout", 408, "Request timeout"),
    /** The request target is longer than the server reads. */
    URI_TOO_LONG("uri-too-long", 414, "URI too long"),
    /** The request's headers are larger than the server reads. */
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large"),
    /** The request uses an HTTP feature the server does not implement (e.g. an unknown transfer coding). */
    NOT_IMPLEMENTED("not-implemented", 501, "Not implemented"),
    /** The request's HTTP version is not served (HTTP/1.1 is). */
    HTTP_VERSION_NOT_SUPPORTED("http-version-not-supported", 505, "HTTP version not supported"),
    /**
     * The card is past its expiry date (<i>scaduta</i>): nothing but reads may be done with it
     * ({@code docs/cms.md §9.6}).
     */
    CARD_EXPIRED("card-expired", 409, "Card expired"),
    /**
     * The operation retires an activated card and needs the proof a revocation needs: the holder's CIP or the
     * identification of who came to the counter ({@code docs/cms.md §9.6}).
     */
    HOLDER_NOT_IDENTIFIED("holder-not-identified", 422, "Holder not identified"),
    /**
     * An activation, reprint or consents request does not carry the reference of a fresh identification of the card
     * by the same operator (Toscana manual v2.0 §10.1 steps 4–5, {@code docs/cms.md §9.5}); the one violation's
     * code, an {@link IdentificationProblem}'s, says why.
     */
    IDENTIFICATION_REQUIRED("identification-required", 422, "Identification required"),
    /**
     * The CMS's profile does not offer the way of delivering the codes asked for: e.g. the sealed envelope of DM 20
     * giugno 2011 Allegato 2 point 1c under a profile that releases the codes in two halves only (Toscana manual v2.0
     * §1.1 dropped the envelopes).
     */
    DELIVERY_NOT_OFFERED("delivery-not-offered", 422, "Code delivery not offered by the CMS's profile");

    /** Prefix of every problem {@code type} URI. */
    public static final String TYPE_PREFIX = "https://tscns.io/problems/";

    private final String code;
    private final int status;
    private final String title;

    ProblemCode(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /**
     * Returns the stable kebab-case code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the HTTP status the server answers with.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the short English title of the problem documents with this code.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the problem {@code type} URI.
     *
     * @return {@code https://tscns.io/problems/<code>}
     */
    public URI type() {
        return URI.create(TYPE_PREFIX + code);
    }

    /**
     * Finds the constant with a code.
     *
     * @param code the code read from a problem document
     * @return the constant, or empty if the code is not one of this version's
     */
    public static Optional<ProblemCode> byCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ProblemCode value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
