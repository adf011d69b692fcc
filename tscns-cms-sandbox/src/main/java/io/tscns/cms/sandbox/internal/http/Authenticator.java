package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.LoginRequest;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.SecretText;
import io.tscns.cms.sandbox.ServerLimits;
import io.tscns.cms.sandbox.internal.cards.CardVerdict;
import io.tscns.cms.sandbox.internal.cards.OperatorCards;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorAccounts;
import io.tscns.cms.sandbox.internal.domain.TokenDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling (<i>autenticazione</i>; DM 20 giugno 2011 Allegato 2: personal credentials, never shared): the
 * operator of the client certificate of the TLS session — a personal operator certificate, known by its
 * fingerprint, or the CNS certificate of the operator's own card (Toscana manual v2.0 §10.1 step 2), checked by
 * {@link OperatorCards} and mapped to the operator by its codice fiscale — or of a session token opened by logging in
 * with a personal token. The result goes into the pipeline as the call's operator; the same role matrix, audit and
 * refusal rules apply whichever credential it came with.
 *
 * <p>Logins are limited per operator id ({@link ServerLimits#loginAttempts()} per window, counted before the token
 * is compared); sessions live in a bounded {@link SessionTable}, expire, and end at logout; a restart of the sandbox
 * ends them and the client logs in again ({@code unauthenticated}). Operator accounts do not change while the
 * sandbox serves, so the account of a certificate is read once and kept (only known operators: no larger than the
 * operators table); a card's certificate is checked again on every request. Thread-safe.
 */
final class Authenticator {

    private static final HexFormat HEX = HexFormat.of();
    private static final String BEARER = "Bearer ";

    private final OperatorAccounts accounts;
    private final OperatorCards cards;
    private final SecureRandom random = new SecureRandom();
    private final SessionTable sessions;
    private final RateLimiter logins;
    private final Map<String, Operator> byCertificate = new ConcurrentHashMap<>();

    Authenticator(OperatorAccounts accounts, OperatorCards cards, Clock clock, ServerLimits limits) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.sessions =
                new SessionTable(limits.maxSessions(), limits.sessionsPerOperator(), limits.sessionLifetime(), clock);
        this.logins = new RateLimiter(limits.loginAttempts(), limits.rateWindow(), clock);
    }

    /**
     * Logs an operator in with a personal token and opens a session.
     *
     * @param request the login request; its token is destroyed here
     * @return the operator and the answer, with the session token
     * @throws CmsRefusal {@code too-many-requests}, {@code unauthenticated} or {@code operator-disabled}
     */
    LoggedIn login(LoginRequest request) {
        char[] token = request.token().reveal();
        request.token().destroy();
        char[] session = null;
        try {
            logins.check(request.operatorId(), "logins");
            Operator operator = enabled(accounts.withToken(request.operatorId(), token)
                    .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator or wrong token")));
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            session =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
            Arrays.fill(raw, (byte) 0);
            Instant expires = sessions.open(key(session), operator.operatorId());
            try (SecretText sessionToken = SecretText.of(session)) {
                return new LoggedIn(
                        operator,
                        Answer.json(
                                CmsOperation.LOGIN.successStatus(),
                                new LoginResult(sessionToken, expires, Wire.profile(operator))));
            }
        } finally {
            Arrays.fill(token, '\0');
            if (session != null) {
                Arrays.fill(session, '\0');
            }
        }
    }

    /** An operator logged in, and the answer to send. */
    record LoggedIn(Operator operator, Answer answer) {}

    /**
     * Ends the session of a request's bearer token.
     *
     * @param incoming the request
     * @return the operator whose session ended
     * @throws CmsRefusal {@code unauthenticated} without a live session
     */
    Operator logout(Incoming incoming) {
        String key = sessionKey(incoming.authorization()
                .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "log out with the session's token")));
        Operator operator = sessionOperator(key);
        sessions.close(key);
        return operator;
    }

    /**
     * Returns the operator of a request: its session token if it has an {@code Authorization} header, else its
     * client certificate.
     *
     * @param incoming the request
     * @return the operator
     * @throws CmsRefusal {@code unauthenticated} or {@code operator-disabled}; for a card,
     *                    {@code card-certificate-revoked}, {@code card-certificate-expired},
     *                    {@code card-certificate-untrusted} or {@code unknown-operator}
     */
    Operator authenticate(Incoming incoming) {
        if (incoming.authorization().isPresent()) {
            return sessionOperator(sessionKey(incoming.authorization().get()));
        }
        String fingerprint = incoming.certificate()
                .fingerprint()
                .orElseThrow(() -> new CmsRefusal(
                        ProblemCode.UNAUTHENTICATED,
                        "present a personal operator certificate, your card or a session token"));
        Operator cached = byCertificate.get(fingerprint);
        if (cached != null) {
            return cached;
        }
        Optional<OperatorAccount> personal = accounts.byCertificate(fingerprint);
        if (personal.isEmpty()) {
            return cardHolder(incoming.certificate().chain());
        }
        Operator operator = enabled(personal.get());
        byCertificate.put(fingerprint, operator);
        return operator;
    }

    /**
     * The operator who logs in with their own card: the CNS certificate checked on every request, so that a card
     * revoked a moment ago is refused on the next one, and its holder's codice fiscale looked up in the registry.
     */
    private Operator cardHolder(List<X509Certificate> chain) {
        CardVerdict verdict = cards.check(chain);
        if (verdict instanceof CardVerdict.Accepted accepted) {
            return enabled(accounts.byCodiceFiscale(accepted.codiceFiscale())
                    .orElseThrow(() -> new CmsRefusal(
                            ProblemCode.UNKNOWN_OPERATOR,
                            "the card is valid, but its holder is no operator of this CMS")));
        }
        if (verdict instanceof CardVerdict.Refused refused) {
            throw new CmsRefusal(
                    switch (refused.reason()) {
                        case REVOKED -> ProblemCode.CARD_CERTIFICATE_REVOKED;
                        case EXPIRED -> ProblemCode.CARD_CERTIFICATE_EXPIRED;
                        case UNTRUSTED -> ProblemCode.CARD_CERTIFICATE_UNTRUSTED;
                    },
                    refused.detail());
        }
        throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator");
    }

    /**
     * Returns how many sessions are open.
     *
     * @return the count
     */
    int openSessions() {
        return sessions.size();
    }

    private Operator sessionOperator(String key) {
        String operatorId = sessions.operatorOf(key)
                .orElseThrow(
                        () -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown or expired session; log in again"));
        return enabled(known(accounts.find(operatorId)));
    }

    private static String sessionKey(String authorization) {
        if (!authorization.startsWith(BEARER)) {
            throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "use Authorization: Bearer <session token>");
        }
        char[] token = authorization.substring(BEARER.length()).trim().toCharArray();
        try {
            return key(token);
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    private static OperatorAccount known(Optional<OperatorAccount> account) {
        return account.orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator"));
    }

    private static Operator enabled(OperatorAccount account) {
        if (!account.enabled()) {
            throw new CmsRefusal(ProblemCode.OPERATOR_DISABLED, "this operator account is disabled");
        }
        return account.operator();
    }

    private static String key(char[] sessionToken) {
        return HEX.formatHex(TokenDigest.of(new byte[0], sessionToken));
    }
}
