package io.tscns.cms.client;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.AuditVerificationView;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CmsProtocolException;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.ConsentsView;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.EmissionResult;
import io.tscns.cms.protocol.HistoryView;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.LoginRequest;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.PersonOperations;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueRequest;
import io.tscns.cms.protocol.ReissueResult;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SealedEnvelopeActivationRequest;
import io.tscns.core.TscnsException;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed client of a TS-CNS Card Management System speaking tscns CMS protocol v1: one method per operation of the
 * OpenAPI document, named by its {@code operationId}, returning the typed result or throwing a
 * {@link CmsException} subclass mapped from the problem code. Build one with {@link #builder()}.
 *
 * <p><strong>Retries and idempotency.</strong> Every state-changing call carries an {@code Idempotency-Key}: the one
 * in {@link CallOptions}, or a fresh random one. The {@link RetryPolicy} retries a call, with the <em>same</em> key,
 * on connect failures, timeouts, dropped connections and HTTP 502/503/504, so an activation whose response was lost
 * after the server committed it is replayed by the server, not applied twice. A 4xx is never retried. Login is
 * retried only when the connection could not be opened.
 *
 * <p><strong>Sessions.</strong> With {@link OperatorCredentials#personalToken personal-token} credentials the client
 * logs in before the first call, renews the session when the clock says it has expired, and logs in again once if
 * the server answers {@code unauthenticated}. With mutual TLS the certificate authenticates every call.
 *
 * <p><strong>Secrets</strong> never reach a log line or an exception message: request and response bodies are
 * never logged and are wiped once used. The session token must travel as a {@code String} header value of
 * {@code java.net.http}; it is never logged either. Results holding secrets ({@link Receipt}) should be destroyed by
 * the caller once printed.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CmsClient {

    private static final Logger LOG = LoggerFactory.getLogger(CmsClient.class);

    /** Sleeps between attempts; tests substitute one that records the delays. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits.
         *
         * @param duration how long
         * @throws InterruptedException if interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI base;
    private final CmsTransport transport;
    private final OperatorCredentials credentials;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final Supplier<String> requestIds;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    /** Held across the login call: a lock, not a monitor, so that a virtual thread waiting for it does not pin. */
    private final ReentrantLock sessionLock = new ReentrantLock();

    private volatile Session session;

    private record Session(String bearer, java.time.Instant expiresAt, OperatorProfile operator) {
        @Override
        public String toString() {
            return "Session[" + operator.operatorId() + ", until " + expiresAt + "]";
        }
    }

    CmsClient(CmsClientBuilder b, CmsTransport transport) {
        String root = b.baseUri.toString();
        root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.base = URI.create(root.endsWith(CmsHeaders.BASE_PATH) ? root : root + CmsHeaders.BASE_PATH);
        this.transport = transport;
        this.credentials = b.credentials;
        this.requestTimeout = b.requestTimeout;
        this.retryPolicy = b.retryPolicy;
        this.requestIds = b.requestIds;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static CmsClientBuilder builder() {
        return new CmsClientBuilder();
    }

    /**
     * Logs in with the personal token ({@code POST /sessions}) and keeps the session; with mutual TLS, where the
     * certificate is the login, asks who the certificate belongs to.
     *
     * @return the operator
     * @throws CmsException if the credentials are refused or the CMS cannot answer
     */
    public OperatorProfile login() {
        if (!(credentials instanceof OperatorCredentials.PersonalToken token)) {
            return whoAmI();
        }
        sessionLock.lock();
        try {
            LoginResult result = call(
                    CmsOperation.LOGIN,
                    "/sessions",
                    new LoginRequest(token.operatorId(), token.token()),
                    CallOptions.none(),
                    LoginResult.class,
                    null);
            char[] chars = result.sessionToken().reveal();
            try {
                session = new Session("Bearer " + new String(chars), result.expiresAt(), result.operator());
            } finally {
                Arrays.fill(chars, '\0');
                result.sessionToken().destroy();
            }
            return result.operator();
        } finally {
            sessionLock.unlock();
        }
    }

    /**
     * Ends the session {@link #login()} opened ({@code POST /sessions/logout}), so that its token no longer opens
     * anything; the next call logs in again. With mutual TLS, where the certificate is the login, there is no session
     * and nothing is sent.
     *
     * @throws CmsException if the CMS cannot answer (a session it no longer knows is ended all the same)
     */
    public void logout() {
        if (!(credentials instanceof OperatorCredentials.PersonalToken)) {
            return;
        }
        sessionLock.lock();
        try {
            Session current = session;
            session = null;
            if (current != null) {
                try {
                    call(
                            CmsOperation.LOGOUT,
                            "/sessions/logout",
                            null,
                            CallOptions.none(),
                            Void.class,
                            current.bearer());
                } catch (CmsAuthenticationException expired) {
                    LOG.debug("CMS logout: the session had already ended");
                }
            }
        } finally {
            sessionLock.unlock();
        }
    }

    /**
     * Returns the operator behind the credentials ({@code GET /operators/me}).
     *
     * @return the operator
     */
    public OperatorProfile whoAmI() {
        return get(CmsOperation.WHO_AM_I, "/operators/me", OperatorProfile.class);
    }

    /**
     * Identifies a card from the data on its face (manual §10.1 steps 4–5).
     *
     * @param request codice fiscale, TEAM number and expiry date
     * @return {@link IdentifyResult.Match} with the holder's data and the identification's reference, which the
     *         activation, reprint and consents requests of that card then carry ({@code withIdentification}), or
     *         {@link IdentifyResult.Mismatch}
     * @throws CmsNotFoundException if no card has that TEAM number
     */
    public IdentifyResult identifyCard(IdentifyRequest request) {
        return identifyCard(request, CallOptions.none());
    }

    /**
     * Identifies a card, with call options.
     *
     * @param request the data
     * @param options key and request id
     * @return the outcome
     */
    public IdentifyResult identifyCard(IdentifyRequest request, CallOptions options) {
        return post(CmsOperation.IDENTIFY_CARD, "/cards/identify", request, options, IdentifyResult.class);
    }

    /**
     * Activates a card (manual §10.1–10.3): the receipt holds the counter halves of PIN, PUK and CIP, to print and
     * then {@link Receipt#destroy() destroy}; the remote halves go to the channel.
     *
     * @param cardId  the card
     * @param request the activation data
     * @return the receipt
     * @throws CmsRuleException      with the violations if the activation rules refuse it
     * @throws CmsForbiddenException if the role or region does not allow it
     * @throws CmsIdentificationException if the request does not carry this operator's fresh identification of the
     *                               card ({@link ActivateCardRequest#withIdentification})
     */
    public Receipt activateCard(CardId cardId, ActivateCardRequest request) {
        return activateCard(cardId, request, CallOptions.none());
    }

    /**
     * Activates a card, with call options.
     *
     * @param cardId  the card
     * @param request the activation data
     * @param options key and request id
     * @return the receipt
     */
    public Receipt activateCard(CardId cardId, ActivateCardRequest request, CallOptions options) {
        return post(CmsOperation.ACTIVATE_CARD, card(cardId, "/activation"), request, options, Receipt.class);
    }

    /**
     * Activates a card with PIN and PUK delivered whole in a sealed envelope (DM 20 giugno 2011 Allegato 2 point 1c),
     * where the CMS's profile offers it: the answer holds the whole PIN and PUK, to print in the envelope at once
     * (tscns-cms-documents' {@code SealedEnvelopeLetter}) and then {@link SealedEnvelope#destroy() destroy}.
     *
     * @param cardId  the card
     * @param request the activation data, without a channel, with this operator's identification of the card
     *                ({@link SealedEnvelopeActivationRequest#withIdentification})
     * @return the codes for the envelope
     * @throws CmsRuleException      {@code delivery-not-offered} if the profile has no envelope; with the violations
     *                               if the activation rules refuse it
     * @throws CmsForbiddenException if the role or region does not allow it
     * @throws CmsIdentificationException if the request does not carry this operator's fresh identification of the
     *                               card
     */
    public SealedEnvelope activateCardBySealedEnvelope(CardId cardId, SealedEnvelopeActivationRequest request) {
        return activateCardBySealedEnvelope(cardId, request, CallOptions.none());
    }

    /**
     * Activates a card with a sealed envelope, with call options.
     *
     * @param cardId  the card
     * @param request the activation data
     * @param options key and request id
     * @return the codes for the envelope
     */
    public SealedEnvelope activateCardBySealedEnvelope(
            CardId cardId, SealedEnvelopeActivationRequest request, CallOptions options) {
        return post(
                CmsOperation.ACTIVATE_CARD_SEALED_ENVELOPE,
                card(cardId, "/sealed-envelope-activation"),
                request,
                options,
                SealedEnvelope.class);
    }

    /**
     * Returns the FSE consents of a card's holder.
     *
     * @param cardId the card
     * @return the consents
     */
    public ConsentsView getConsents(CardId cardId) {
        return get(CmsOperation.GET_CONSENTS, card(cardId, "/consents"), ConsentsView.class);
    }

    /**
     * Records FSE consents (manual §10.4).
     *
     * @param cardId  the card
     * @param update  the choices, with this operator's identification of the card
     *                ({@link ConsentsUpdate#withIdentification}; the one of the visit's activation serves)
     * @return the consents after the update
     * @throws CmsIdentificationException if the update does not carry this operator's fresh identification of the
     *                                    card
     */
    public ConsentsView recordConsents(CardId cardId, ConsentsUpdate update) {
        return recordConsents(cardId, update, CallOptions.none());
    }

    /**
     * Records FSE consents, with call options.
     *
     * @param cardId  the card
     * @param update  the choices
     * @param options key and request id
     * @return the consents after the update
     */
    public ConsentsView recordConsents(CardId cardId, ConsentsUpdate update, CallOptions options) {
        return post(CmsOperation.RECORD_CONSENTS, card(cardId, "/consents"), update, options, ConsentsView.class);
    }

    /**
     * Reprints PIN and PUK (manual §10.6).
     *
     * @param cardId  the card
     * @param request holder or delegate, document, channel and this operator's identification of the card
     *                ({@link ReprintRequest#withIdentification})
     * @return the receipt with the counter halves
     * @throws CmsIdentificationException if the request does not carry this operator's fresh identification
     *                                    of the card
     */
    public Receipt reprintCodes(CardId cardId, ReprintRequest request) {
        return reprintCodes(cardId, request, CallOptions.none());
    }

    /**
     * Reprints PIN and PUK, with call options.
     *
     * @param cardId  the card
     * @param request the request
     * @param options key and request id
     * @return the receipt
     */
    public Receipt reprintCodes(CardId cardId, ReprintRequest request, CallOptions options) {
        return post(CmsOperation.REPRINT_CODES, card(cardId, "/reprint"), request, options, Receipt.class);
    }

    /**
     * Revokes a card's certificate (manual §10.7, §10.7.1).
     *
     * @param cardId  the card
     * @param request requester, cause and CIP
     * @return the card's status after revocation
     * @throws CmsCipException  if the CIP is wrong or blocked
     * @throws CmsRuleException if the card's state does not allow revocation
     */
    public CardStatus revokeCard(CardId cardId, RevocationRequest request) {
        return revokeCard(cardId, request, CallOptions.none());
    }

    /**
     * Revokes a card's certificate, with call options.
     *
     * @param cardId  the card
     * @param request the request
     * @param options key and request id
     * @return the status
     */
    public CardStatus revokeCard(CardId cardId, RevocationRequest request, CallOptions options) {
        return post(CmsOperation.REVOKE_CARD, card(cardId, "/revocation"), request, options, CardStatus.class);
    }

    /**
     * Suspends a card, where the lifecycle policy allows it.
     *
     * @param cardId  the card
     * @param request an optional note
     * @return the status
     * @throws CmsRuleException with {@code illegal-transition} under a policy without suspension
     */
    public CardStatus suspendCard(CardId cardId, LifecycleRequest request) {
        return suspendCard(cardId, request, CallOptions.none());
    }

    /**
     * Suspends a card, with call options.
     *
     * @param cardId  the card
     * @param request an optional note
     * @param options key and request id
     * @return the status
     */
    public CardStatus suspendCard(CardId cardId, LifecycleRequest request, CallOptions options) {
        return post(CmsOperation.SUSPEND_CARD, card(cardId, "/suspension"), request, options, CardStatus.class);
    }

    /**
     * Reactivates a suspended card.
     *
     * @param cardId  the card
     * @param request an optional note
     * @return the status
     */
    public CardStatus reactivateCard(CardId cardId, LifecycleRequest request) {
        return reactivateCard(cardId, request, CallOptions.none());
    }

    /**
     * Reactivates a suspended card, with call options.
     *
     * @param cardId  the card
     * @param request an optional note
     * @param options key and request id
     * @return the status
     */
    public CardStatus reactivateCard(CardId cardId, LifecycleRequest request, CallOptions options) {
        return post(CmsOperation.REACTIVATE_CARD, card(cardId, "/reactivation"), request, options, CardStatus.class);
    }

    /**
     * Records the shipment of a card from an emission or re-issue request (<i>spedizione</i>, manual §9.1): it was
     * sent to the holder or delivered to the counter, and may now be activated ({@code docs/cms.md §9.6}).
     *
     * @param cardId  the card
     * @param request an optional note
     * @return the status, {@code SHIPPED}
     * @throws CmsRuleException     with {@code illegal-transition} if the card is not issued, {@code card-expired}
     * @throws CmsForbiddenException for a role that may not record shipments (the sandbox: all but the issuer's)
     */
    public CardStatus shipCard(CardId cardId, LifecycleRequest request) {
        return shipCard(cardId, request, CallOptions.none());
    }

    /**
     * Records the shipment of a card, with call options.
     *
     * @param cardId  the card
     * @param request an optional note
     * @param options key and request id
     * @return the status
     */
    public CardStatus shipCard(CardId cardId, LifecycleRequest request, CallOptions options) {
        return post(CmsOperation.SHIP_CARD, card(cardId, "/shipment"), request, options, CardStatus.class);
    }

    /**
     * Records the expiry of a card past its expiry date (<i>scadenza</i>). A server may apply expiry by itself to
     * the cards its operations touch; then this answers {@code card-expired} ({@code docs/cms.md §9.6}).
     *
     * @param cardId  the card
     * @param request an optional note
     * @return the status, {@code EXPIRED}
     * @throws CmsRuleException with {@code illegal-transition} before the expiry date, {@code card-expired} after
     *                          the expiry was recorded
     */
    public CardStatus expireCard(CardId cardId, LifecycleRequest request) {
        return expireCard(cardId, request, CallOptions.none());
    }

    /**
     * Records the expiry of a card, with call options.
     *
     * @param cardId  the card
     * @param request an optional note
     * @param options key and request id
     * @return the status
     */
    public CardStatus expireCard(CardId cardId, LifecycleRequest request, CallOptions options) {
        return post(CmsOperation.EXPIRE_CARD, card(cardId, "/expiry"), request, options, CardStatus.class);
    }

    /**
     * Returns a card's status.
     *
     * @param cardId the card
     * @return the status
     */
    public CardStatus getCard(CardId cardId) {
        return get(CmsOperation.GET_CARD, card(cardId, ""), CardStatus.class);
    }

    /**
     * Returns the status of the card with a TEAM number, the number printed on the card's back, for a counter that
     * has the card but not its chip read (protocol 1.3.0).
     *
     * @param teamNumber the TEAM number ({@link TeamNumber#parse} reads it as typed, spaces included)
     * @return the status, the same as {@link #getCard} for that card
     * @throws CmsNotFoundException with {@code card-not-found} for a TEAM number of no card
     */
    public CardStatus getCardByTeamNumber(TeamNumber teamNumber) {
        return get(
                CmsOperation.GET_CARD_BY_TEAM_NUMBER,
                "/team-numbers/" + URLEncoder.encode(teamNumber.value(), StandardCharsets.UTF_8),
                CardStatus.class);
    }

    /**
     * Returns a card's chronological history.
     *
     * @param cardId the card
     * @return the history
     */
    public HistoryView getHistory(CardId cardId) {
        return get(CmsOperation.GET_HISTORY, card(cardId, "/history"), HistoryView.class);
    }

    /**
     * Returns the holder's data.
     *
     * @param cardId the card
     * @return the holder
     */
    public PersonData getHolder(CardId cardId) {
        return get(CmsOperation.GET_HOLDER, card(cardId, "/holder"), PersonData.class);
    }

    /**
     * Returns all cards of a person.
     *
     * @param codiceFiscale the person
     * @return the cards
     */
    public PersonCards getPersonCards(CodiceFiscale codiceFiscale) {
        return get(CmsOperation.GET_PERSON_CARDS, person(codiceFiscale, "/cards"), PersonCards.class);
    }

    /**
     * Returns every operation on a person's cards, oldest first, each with the holder's codice fiscale and, for an
     * operation done at a counter, what the counter checked and collected (DM 2011 Allegato 2 point 5;
     * {@code docs/cms.md §9}).
     *
     * @param codiceFiscale the person
     * @return the operations
     */
    public PersonOperations getPersonOperations(CodiceFiscale codiceFiscale) {
        return get(CmsOperation.GET_PERSON_OPERATIONS, person(codiceFiscale, "/operations"), PersonOperations.class);
    }

    /**
     * Requests a duplicate card (manual §10.5).
     *
     * @param codiceFiscale the person
     * @param request       the reason and the card replaced
     * @return the recorded request
     * @throws CmsForbiddenException with {@code reissue-not-enabled} at a counter not enabled for it
     */
    public ReissueResult requestReissue(CodiceFiscale codiceFiscale, ReissueRequest request) {
        return requestReissue(codiceFiscale, request, CallOptions.none());
    }

    /**
     * Requests a duplicate card, with call options.
     *
     * @param codiceFiscale the person
     * @param request       the request
     * @param options       key and request id
     * @return the recorded request
     */
    public ReissueResult requestReissue(CodiceFiscale codiceFiscale, ReissueRequest request, CallOptions options) {
        return post(
                CmsOperation.REQUEST_REISSUE,
                person(codiceFiscale, "/reissue-requests"),
                request,
                options,
                ReissueResult.class);
    }

    /**
     * Requests the emission of a card for a newborn or an immigrant.
     *
     * @param request the person
     * @return the recorded request
     */
    public EmissionResult requestEmission(EmissionRequest request) {
        return requestEmission(request, CallOptions.none());
    }

    /**
     * Requests the emission of a card, with call options.
     *
     * @param request the person
     * @param options key and request id
     * @return the recorded request
     */
    public EmissionResult requestEmission(EmissionRequest request, CallOptions options) {
        return post(CmsOperation.REQUEST_EMISSION, "/emission-requests", request, options, EmissionResult.class);
    }

    /**
     * Exports the audit chain in the core {@code AuditExport} text format.
     *
     * @return the export, bounded by the builder's response limit (a longer chain fails with
     *         {@code RESPONSE_TOO_LARGE}: export it in segments with {@link #exportAudit(long, int)})
     */
    public String exportAudit() {
        return get(CmsOperation.EXPORT_AUDIT, "/audit/export", String.class);
    }

    /**
     * Exports a segment of the audit chain: at most {@code limit} entries after entry {@code after}, in the core
     * {@code AuditExport} format anchored at the head they follow, so each segment verifies alone
     * ({@code AuditVerifier.verifyExport}) and segment {@code k + 1}'s anchor is segment {@code k}'s head. A chain of
     * any length is exported segment by segment, each within the builder's response limit.
     *
     * @param after the sequence number of the entry the segment follows (0: from the first entry)
     * @param limit how many entries at most, from 1
     * @return the segment
     * @throws IllegalArgumentException if {@code after} is negative or {@code limit} below 1
     */
    public String exportAudit(long after, int limit) {
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("after must be at least 0 and limit at least 1");
        }
        return get(CmsOperation.EXPORT_AUDIT, "/audit/export?after=" + after + "&limit=" + limit, String.class);
    }

    /**
     * Verifies the audit chain on the server.
     *
     * @return the verification
     */
    public AuditVerificationView verifyAudit() {
        return get(CmsOperation.VERIFY_AUDIT, "/audit/verification", AuditVerificationView.class);
    }

    private static String card(CardId cardId, String suffix) {
        return "/cards/" + URLEncoder.encode(cardId.value(), StandardCharsets.UTF_8) + suffix;
    }

    private static String person(CodiceFiscale codiceFiscale, String suffix) {
        return "/persons/" + URLEncoder.encode(codiceFiscale.value(), StandardCharsets.UTF_8) + suffix;
    }

    private <T> T get(CmsOperation op, String path, Class<T> type) {
        return call(op, path, null, CallOptions.none(), type, bearer());
    }

    private <T> T post(CmsOperation op, String path, Object body, CallOptions options, Class<T> type) {
        Objects.requireNonNull(body, "request");
        Objects.requireNonNull(options, "options");
        return call(op, path, body, options, type, bearer());
    }

    private String bearer() {
        if (!(credentials instanceof OperatorCredentials.PersonalToken)) {
            return null;
        }
        Session current = session;
        if (current == null || !clock.instant().isBefore(current.expiresAt())) {
            sessionLock.lock();
            try {
                current = session;
                if (current == null || !clock.instant().isBefore(current.expiresAt())) {
                    login();
                    current = session;
                }
            } finally {
                sessionLock.unlock();
            }
        }
        return current.bearer();
    }

    private <T> T call(CmsOperation op, String path, Object body, CallOptions options, Class<T> type, String bearer) {
        String requestId = options.requestId().orElseGet(requestIds);
        IdempotencyKey key =
                op.requiresIdempotencyKey() ? options.idempotencyKey().orElseGet(IdempotencyKey::random) : null;
        URI uri = URI.create(base + path);
        String authorization = bearer;
        boolean loggedInAgain = false;
        for (int attempt = 1; ; attempt++) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CmsHeaders.REQUEST_ID, requestId);
            headers.put("Accept", CmsHeaders.JSON + ", " + CmsHeaders.PROBLEM_JSON + ", " + CmsHeaders.AUDIT_EXPORT);
            if (key != null) {
                headers.put(CmsHeaders.IDEMPOTENCY_KEY, key.value());
            }
            if (authorization != null) {
                headers.put(CmsHeaders.AUTHORIZATION, authorization);
            }
            byte[] json = body == null ? new byte[0] : CmsJson.encode(body);
            if (body != null) {
                headers.put("Content-Type", CmsHeaders.JSON);
            }
            CmsHttpRequest request = new CmsHttpRequest(op.method(), uri, headers, json, requestTimeout);
            CmsHttpResponse response;
            try {
                response = transport.exchange(request);
            } catch (CmsTransportException e) {
                if (e.kind() == CmsTransportException.Kind.CREDENTIAL_FAILURE
                        && e.getCause() instanceof TscnsException credential) {
                    throw new CmsCredentialException(requestId, credential);
                }
                boolean safe = e.kind() == CmsTransportException.Kind.CONNECT_FAILED
                        || (e.kind().retryable() && op.retryable());
                if (safe && attempt < retryPolicy.maxAttempts()) {
                    pause(op, attempt, e.kind().toString(), requestId);
                    continue;
                }
                throw new CmsUnavailableException(
                        safe ? "retries-exhausted" : "transport-failure",
                        0,
                        requestId,
                        attempt,
                        "no response from the CMS (" + e.kind() + ")",
                        e);
            } finally {
                request.wipe();
            }
            try {
                int status = response.status();
                if (status >= 200 && status < 300) {
                    return decode(response, type, requestId);
                }
                if ((status == 502 || status == 503 || status == 504)
                        && op.retryable()
                        && attempt < retryPolicy.maxAttempts()) {
                    Optional<Duration> asked = RetryAfter.parse(response.header("Retry-After"), clock.instant());
                    // A server that asks for a longer wait than the policy allows is not retried early.
                    if (asked.isEmpty() || asked.get().compareTo(retryPolicy.maxDelay()) <= 0) {
                        pause(op, attempt, "HTTP " + status, requestId, asked.orElse(Duration.ZERO));
                        continue;
                    }
                }
                CmsException failure = failure(response, requestId, attempt);
                if (failure instanceof CmsAuthenticationException
                        && bearer != null
                        && !loggedInAgain
                        && op != CmsOperation.LOGOUT
                        && failure.problemCode()
                                .filter(ProblemCode.UNAUTHENTICATED::equals)
                                .isPresent()) {
                    loggedInAgain = true;
                    LOG.debug("CMS {} [request {}]: session refused, logging in again", op, requestId);
                    sessionLock.lock();
                    try {
                        login();
                        authorization = session.bearer();
                    } finally {
                        sessionLock.unlock();
                    }
                    attempt--;
                    continue;
                }
                throw failure;
            } finally {
                response.wipe();
            }
        }
    }

    private void pause(CmsOperation op, int attempt, String reason, String requestId) {
        pause(op, attempt, reason, requestId, Duration.ZERO);
    }

    /** Waits the policy's backoff, or at least {@code atLeast} (a server's {@code Retry-After}). */
    private void pause(CmsOperation op, int attempt, String reason, String requestId, Duration atLeast) {
        Duration backoff = retryPolicy.delayBefore(attempt + 1, random);
        Duration delay = backoff.compareTo(atLeast) >= 0 ? backoff : atLeast;
        LOG.debug(
                "CMS {} attempt {} failed ({}) [request {}]; retrying in {} ms with the same idempotency key",
                op,
                attempt,
                reason,
                requestId,
                delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CmsUnavailableException(
                    "transport-failure", 0, requestId, attempt, "interrupted while waiting to retry", null);
        }
    }

    private <T> T decode(CmsHttpResponse response, Class<T> type, String requestId) {
        if (type == Void.class) {
            return null;
        }
        if (type == String.class) {
            return type.cast(new String(response.body(), StandardCharsets.UTF_8));
        }
        try {
            return CmsJson.decode(response.body(), type);
        } catch (CmsProtocolException e) {
            throw new CmsResponseException(
                    "malformed-response",
                    response.status(),
                    requestId,
                    "the CMS answered a body that is not a valid " + type.getSimpleName() + ": "
                            + e.problem().describe(),
                    e);
        }
    }

    private static CmsException failure(CmsHttpResponse response, String requestId, int attempts) {
        int status = response.status();
        boolean problemJson = response.header("Content-Type")
                .map(v -> v.startsWith(CmsHeaders.PROBLEM_JSON))
                .orElse(false);
        if (problemJson || response.body().length > 0 && response.body()[0] == '{') {
            try {
                return ProblemMapping.toException(
                        CmsJson.decode(response.body(), ProblemDocument.class), requestId, attempts);
            } catch (CmsProtocolException e) {
                if (status < 500) {
                    return new CmsResponseException(
                            "malformed-response",
                            status,
                            requestId,
                            "the CMS answered HTTP " + status + " with a malformed problem document: "
                                    + e.problem().describe(),
                            e);
                }
            }
        }
        if (status >= 500) {
            return new CmsUnavailableException(
                    status == 502 || status == 503 || status == 504 ? "retries-exhausted" : "server-error",
                    status,
                    requestId,
                    attempts,
                    "the CMS answered HTTP " + status,
                    null);
        }
        return new CmsResponseException(
                "unexpected-status",
                status,
                requestId,
                "the CMS answered HTTP " + status + " without a problem document",
                null);
    }
}
