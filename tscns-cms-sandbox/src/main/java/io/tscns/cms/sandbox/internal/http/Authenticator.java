package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.LoginRequest;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.SecretText;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorAccounts;
import io.tscns.cms.sandbox.internal.domain.TokenDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling (<i>autenticazione</i>; DM 20 giugno 2011 Allegato 2: personal credentials, never shared): the
 * operator of the client certificate of the TLS session, or of a session token opened by logging in with a personal
 * token. The result goes into the pipeline as the call's operator.
 *
 * <p>Sessions live in memory only: a restart of the sandbox ends them and the client logs in again
 * ({@code unauthenticated}). Operator accounts are seeded when the sandbox starts and do not change while it
 * serves, so the account of a certificate is read once and kept (only known operators: no larger than the operators
 * table). Thread-safe.
 */
final class Authenticator {

    private static final HexFormat HEX = HexFormat.of();
    private static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private record Session(String operatorId, Instant expiresAt) {
    }

    private final OperatorAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Operator> byCertificate = new ConcurrentHashMap<>();

    Authenticator(OperatorAccounts accounts, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Logs an operator in with a personal token and opens a session.
     *
     * @param request the login request; its token is destroyed here
     * @return the answer, with the session token
     * @throws CmsRefusal {@code unauthenticated} or {@code operator-disabled}
     */
    Answer login(LoginRequest request) {
        char[] token = request.token().reveal();
        request.token().destroy();
        char[] session = null;
        try {
            Operator operator = enabled(accounts.withToken(request.operatorId(), token)
                    .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator or wrong token")));
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            session = Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
            Arrays.fill(raw, (byte) 0);
            Instant expires = clock.instant().plus(SESSION_LIFETIME);
            sessions.put(key(session), new Session(operator.operatorId(), expires));
            try (SecretText sessionToken = SecretText.of(session)) {
                return Answer.json(CmsOperation.LOGIN.successStatus(),
                        new LoginResult(sessionToken, expires, Wire.profile(operator)));
            }
        } finally {
            Arrays.fill(token, '\0');
            if (session != null) {
                Arrays.fill(session, '\0');
            }
        }
    }

    /**
     * Returns the operator of a request: its session token if it has an {@code Authorization} header, else its
     * client certificate.
     *
     * @param incoming the request
     * @return the operator
     * @throws CmsRefusal {@code unauthenticated} or {@code operator-disabled}
     */
    Operator authenticate(Incoming incoming) {
        if (incoming.authorization().isPresent()) {
            String authorization = incoming.authorization().get();
            if (!authorization.startsWith("Bearer ")) {
                throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "use Authorization: Bearer <session token>");
            }
            char[] token = authorization.substring(7).trim().toCharArray();
            Session session = sessions.get(key(token));
            Arrays.fill(token, '\0');
            if (session == null || session.expiresAt().isBefore(clock.instant())) {
                throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown or expired session; log in again");
            }
            return enabled(known(accounts.find(session.operatorId())));
        }
        String fingerprint = incoming.certificate().fingerprint()
                .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED,
                        "present a personal operator certificate or a session token"));
        Operator cached = byCertificate.get(fingerprint);
        if (cached != null) {
            return cached;
        }
        Operator operator = enabled(known(accounts.byCertificate(fingerprint)));
        byCertificate.put(fingerprint, operator);
        return operator;
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
