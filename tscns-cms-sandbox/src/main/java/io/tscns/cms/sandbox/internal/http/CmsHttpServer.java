package io.tscns.cms.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CmsProtocolException;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.LoginRequest;
import io.tscns.cms.protocol.LoginResult;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProtocolProblem;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.internal.engine.CmsEngine;
import io.tscns.cms.sandbox.internal.engine.CmsRefusal;
import io.tscns.cms.sandbox.internal.engine.Operator;
import io.tscns.cms.sandbox.internal.http.Handlers.Answer;
import io.tscns.cms.sandbox.internal.store.Idempotency;
import io.tscns.cms.sandbox.internal.store.Operators;
import io.tscns.cms.sandbox.internal.store.Outbox;
import io.tscns.cms.sandbox.internal.store.Rows;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox CMS's HTTPS front (<i>interfaccia HTTPS</i>) on the JDK's {@code HttpsServer}, speaking the protocol
 * of {@code io.tscns.cms.protocol}: the routes of {@link CmsOperation}, request and response bodies as the
 * protocol's records through {@link CmsJson} (so secrets travel in their secret carriers, never as a
 * {@code String}), mutual TLS (client certificates wanted, not required, so that token sessions work too), a request
 * id on every answer, idempotency keys on every state-changing call, injected faults, and an RFC 9457
 * {@code ProblemDocument} for every error — malformed JSON, wrong method, unknown route, oversized body, unexpected
 * exception (logged at debug with the request id, never sent). A bounded thread pool serves requests.
 *
 * <p>Sessions opened with a personal token live in memory only: a restart of the sandbox ends them and the client
 * logs in again ({@code unauthenticated}). Everything else survives a restart. Thread-safe.
 */
public final class CmsHttpServer implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static {
        // The JDK server writes an answer's headers and body separately; with Nagle's algorithm on, the body waits
        // for the client's delayed ACK (~40 ms) on every kept-alive request: one counter got 18 activations/s instead
        // of 126. The property is read once, when the JDK server's configuration class loads, so it only takes
        // effect if no JDK HTTP server was created before in this JVM (or if it is set on the command line).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CmsHttpServer.class);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    /** The TLS session value holding the client certificate's fingerprint. */
    private static final String FINGERPRINT = "io.tscns.cms.sandbox.fingerprint";

    private record Session(String operatorId, Instant expiresAt) {
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SandboxDatabase database;
    private final WriteQueue writes;
    private final Handlers handlers;
    private final Idempotency idempotency;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SandboxFaults faults;
    private final Random faultDraw;
    /** The fault kinds in a fixed order, so a seed draws the same faults ({@link SandboxFaults#kinds()} is a set). */
    private final List<SandboxFaults.Kind> faultKinds;
    private final Duration latency;
    /**
     * Operators by certificate fingerprint, filled on first use: the accounts are seeded when the sandbox starts and
     * do not change while it serves, so a kept-alive counter costs no database read per request. Only known
     * operators are kept, so the map is no larger than the operators table.
     */
    private final Map<String, Operator> byCertificate = new ConcurrentHashMap<>();

    /**
     * Starts the server.
     *
     * @param address     where to listen
     * @param tls         the server's TLS context
     * @param database    the database
     * @param writes      the single writer
     * @param engine      the rules
     * @param idempotency idempotency records
     * @param outbox      outbox access
     * @param clock       time source
     * @param faults      injected faults
     * @param latency     delay added to every request
     * @param verifier    verifies the audit chain
     * @throws IOException if the port cannot be bound
     */
    public CmsHttpServer(InetSocketAddress address, SSLContext tls, SandboxDatabase database, WriteQueue writes,
            CmsEngine engine, Idempotency idempotency, Outbox outbox, Clock clock, SandboxFaults faults,
            Duration latency, AuditVerifier verifier) throws IOException {
        this.database = database;
        this.writes = writes;
        this.handlers = new Handlers(database, writes, engine, outbox, verifier);
        this.idempotency = idempotency;
        this.clock = clock;
        this.faults = faults;
        this.faultDraw = new Random(faults.seed());
        this.faultKinds = faults.kinds().stream().sorted().toList();
        this.latency = latency;
        this.server = HttpsServer.create(address, 256);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setWantClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        this.executor = new ThreadPoolExecutor(32, 32, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024),
                r -> {
                    Thread t = new Thread(r, "sandbox-cms-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Returns the bound port.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- request handling -----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        String requestId = Optional.ofNullable(exchange.getRequestHeaders().getFirst(CmsHeaders.REQUEST_ID))
                .filter(id -> REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            Answer answer;
            try {
                answer = dispatch(exchange, path, requestId);
            } catch (CmsRefusal refusal) {
                answer = problem(refusal, path, requestId);
            } catch (FaultInjected dropped) {
                return;
            } catch (RuntimeException e) {
                LOG.debug("request {} failed", requestId, e);
                answer = problem(new CmsRefusal(ProblemCode.INTERNAL_ERROR,
                        "the sandbox failed; quote request id " + requestId), path, requestId);
            }
            send(exchange, requestId, answer);
        } catch (IOException e) {
            LOG.debug("request {}: answer not delivered", requestId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer problem(CmsRefusal refusal, String path, String requestId) {
        return new Answer(refusal.status(), Problems.document(refusal, path, requestId), CmsHeaders.PROBLEM_JSON);
    }

    private static final class FaultInjected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FaultInjected() {
            super("fault injected", null, false, false);
        }
    }

    private static void send(HttpExchange exchange, String requestId, Answer answer) throws IOException {
        exchange.getResponseHeaders().set(CmsHeaders.REQUEST_ID, requestId);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (answer.streamed().isPresent()) {
            // Length 0: chunked. A failure half-way can no longer become a problem document: the body just stops
            // (the export format's sealed trailer is then missing, which its readers report).
            exchange.sendResponseHeaders(answer.status(), 0);
            try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 16 * 1024)) {
                answer.streamed().get().writeTo(out);
            } catch (RuntimeException e) {
                throw new IOException("the streamed answer failed half-way", e);
            }
            return;
        }
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private Answer dispatch(HttpExchange exchange, String path, String requestId) throws IOException {
        Route route = Route.resolve(exchange.getRequestMethod(), path);
        CmsOperation operation = route.operation();
        boolean post = operation.method().equals("POST");
        byte[] body = post ? readBody(exchange) : new byte[0];
        if (operation == CmsOperation.LOGIN) {
            return login(exchange, body);
        }
        Operator operator = authenticate(exchange);
        if (!operation.requiresIdempotencyKey()) {
            return handlers.read(route, operator, requestId, exchange.getRequestURI().getRawQuery());
        }
        String key = idempotencyKey(exchange);
        Object request = decode(exchange, body, operation.requestType());
        try {
            SandboxFaults.Kind fault = drawFault(path);
            if (fault == SandboxFaults.Kind.ERROR_BEFORE_COMMIT) {
                throw new CmsRefusal(ProblemCode.SERVICE_UNAVAILABLE, "injected fault before commit");
            }
            byte[] hash = sha256(path, body);
            Idempotency.Slot slot = Idempotency.slot(operator.operatorId(), key);
            Answer answer = writes.submit(tx -> {
                Optional<Rows.StoredResponse> stored = idempotency.find(tx.connection(), slot);
                if (stored.isPresent()) {
                    if (!MessageDigest.isEqual(stored.get().requestHash(), hash)) {
                        throw new CmsRefusal(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                                "this Idempotency-Key was used for a different request");
                    }
                    int status = stored.get().status();
                    return new Answer(-status, stored.get().body(),
                            status >= 400 ? CmsHeaders.PROBLEM_JSON : CmsHeaders.JSON);
                }
                Answer fresh;
                try {
                    fresh = handlers.write(new Handlers.WriteCall(tx, operator, requestId, route, request));
                } catch (CmsRefusal refusal) {
                    fresh = problem(refusal, path, requestId);
                }
                idempotency.store(tx.connection(), slot,
                        new Rows.StoredResponse(hash, fresh.status(), fresh.body()), clock.instant());
                return fresh;
            });
            if (answer.status() < 0) {
                exchange.getResponseHeaders().set(CmsHeaders.IDEMPOTENT_REPLAYED, "true");
                answer = new Answer(-answer.status(), answer.body(), answer.contentType());
            }
            return afterCommit(fault, answer);
        } finally {
            Handlers.destroySecrets(request);
        }
    }

    private static String idempotencyKey(HttpExchange exchange) {
        String key = exchange.getRequestHeaders().getFirst(CmsHeaders.IDEMPOTENCY_KEY);
        if (key == null) {
            throw new CmsRefusal(ProblemCode.IDEMPOTENCY_KEY_REQUIRED, "state-changing calls need an Idempotency-Key");
        }
        try {
            return new IdempotencyKey(key).value();
        } catch (CmsProtocolException e) {
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, e.getMessage());
        }
    }

    private static <T> T decode(HttpExchange exchange, byte[] body, Class<T> type) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(CmsHeaders.JSON)) {
            throw new CmsRefusal(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "send " + CmsHeaders.JSON);
        }
        try {
            return CmsJson.decode(body, type);
        } catch (CmsProtocolException e) {
            if (e.problem() instanceof ProtocolProblem.TooLarge) {
                throw new CmsRefusal(ProblemCode.PAYLOAD_TOO_LARGE, e.problem().describe());
            }
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, e.problem().describe());
        }
    }

    private Answer afterCommit(SandboxFaults.Kind fault, Answer answer) {
        if (fault == null) {
            return answer;
        }
        switch (fault) {
            case ERROR_AFTER_COMMIT -> throw new CmsRefusal(ProblemCode.SERVICE_UNAVAILABLE,
                    "injected fault after commit");
            case DROP_AFTER_COMMIT -> throw new FaultInjected();
            case TIMEOUT -> {
                try {
                    Thread.sleep(faults.timeout().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return answer;
            }
            default -> {
                return answer;
            }
        }
    }

    private SandboxFaults.Kind drawFault(String path) {
        if (faults.rate() == 0 || faultKinds.isEmpty() || !path.contains(faults.pathContains())) {
            return null;
        }
        synchronized (faultDraw) {
            if (faultDraw.nextDouble() >= faults.rate()) {
                return null;
            }
            return faultKinds.get(faultDraw.nextInt(faultKinds.size()));
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BODY_BYTES) {
                throw new CmsRefusal(ProblemCode.PAYLOAD_TOO_LARGE, "request body over " + MAX_BODY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- authentication -------------------------------------------------------------------------------------------

    private Answer login(HttpExchange exchange, byte[] body) {
        LoginRequest request = decode(exchange, body, LoginRequest.class);
        char[] token = request.token().reveal();
        request.token().destroy();
        char[] session = null;
        try {
            Rows.OperatorRow row = database.read(c -> Operators.checkToken(c, request.operatorId(), token))
                    .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator or wrong token"));
            Operator operator = enabled(row);
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            session = Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
            Arrays.fill(raw, (byte) 0);
            Instant expires = clock.instant().plus(SESSION_LIFETIME);
            sessions.put(HEX.formatHex(Operators.hash(new byte[0], session)),
                    new Session(operator.operatorId(), expires));
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

    private Operator authenticate(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(CmsHeaders.AUTHORIZATION);
        Optional<Rows.OperatorRow> row;
        if (authorization != null) {
            if (!authorization.startsWith("Bearer ")) {
                throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "use Authorization: Bearer <session token>");
            }
            char[] token = authorization.substring(7).trim().toCharArray();
            Session session = sessions.get(HEX.formatHex(Operators.hash(new byte[0], token)));
            Arrays.fill(token, '\0');
            if (session == null || session.expiresAt().isBefore(clock.instant())) {
                throw new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown or expired session; log in again");
            }
            row = database.read(c -> Operators.byId(c, session.operatorId()));
        } else {
            String fingerprint = clientFingerprint(exchange)
                    .orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED,
                            "present a personal operator certificate or a session token"));
            Operator known = byCertificate.get(fingerprint);
            if (known != null) {
                return known;
            }
            row = database.read(c -> Operators.byFingerprint(c, fingerprint));
            Operator operator = enabled(row.orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED,
                    "unknown operator")));
            byCertificate.put(fingerprint, operator);
            return operator;
        }
        return enabled(row.orElseThrow(() -> new CmsRefusal(ProblemCode.UNAUTHENTICATED, "unknown operator")));
    }

    private static Operator enabled(Rows.OperatorRow row) {
        if (!row.enabled()) {
            throw new CmsRefusal(ProblemCode.OPERATOR_DISABLED, "this operator account is disabled");
        }
        return new Operator(row.operatorId(), row.displayName(), OperatorRole.valueOf(row.role()), row.region(),
                row.counterId(), row.reissueEnabled());
    }

    /**
     * The fingerprint of the client certificate, computed once per TLS session and kept in the session (a kept-alive
     * counter sends every request on one session).
     */
    private static Optional<String> clientFingerprint(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
            return Optional.empty();
        }
        SSLSession session = https.getSSLSession();
        if (session.getValue(FINGERPRINT) instanceof String known) {
            return Optional.of(known);
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length == 0) {
                return Optional.empty();
            }
            String fingerprint = fingerprint(chain[0].getEncoded());
            session.putValue(FINGERPRINT, fingerprint);
            return Optional.of(fingerprint);
        } catch (SSLPeerUnverifiedException | CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the SHA-256 fingerprint of a DER certificate, as stored for operators.
     *
     * @param der the certificate
     * @return lower-case hex
     */
    public static String fingerprint(byte[] der) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(der)).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
