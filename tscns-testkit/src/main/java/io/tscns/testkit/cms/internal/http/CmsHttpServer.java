package io.tscns.testkit.cms.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import io.tscns.core.Hex;
import io.tscns.core.TscnsException;
import io.tscns.core.activation.ActivationRequest;
import io.tscns.core.activation.Applicant;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.EmailChannel;
import io.tscns.core.secret.RemoteChannel;
import io.tscns.core.secret.SmsChannel;
import io.tscns.testkit.cms.OperatorRole;
import io.tscns.testkit.cms.SandboxFaults;
import io.tscns.testkit.cms.internal.engine.CmsEngine;
import io.tscns.testkit.cms.internal.engine.CmsRefusal;
import io.tscns.testkit.cms.internal.engine.Operation;
import io.tscns.testkit.cms.internal.engine.Operator;
import io.tscns.testkit.cms.internal.engine.Results;
import io.tscns.testkit.cms.internal.store.Idempotency;
import io.tscns.testkit.cms.internal.store.Operators;
import io.tscns.testkit.cms.internal.store.Rows;
import io.tscns.testkit.cms.internal.store.SandboxDatabase;
import io.tscns.testkit.cms.internal.store.WriteQueue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox CMS's HTTPS front (<i>interfaccia HTTPS</i>) on the JDK's {@code HttpsServer}: mutual TLS (client
 * certificates wanted, not required, so that token sessions work too), a request id on every answer, the protocol's
 * routes under {@code /cms/v1}, idempotency keys on every state-changing call, injected faults, and an RFC 9457
 * problem document for every error — malformed JSON, wrong method, unknown route, oversized body, unexpected
 * exception (logged at debug with the request id, never sent). A bounded thread pool serves requests. Thread-safe.
 */
public final class CmsHttpServer implements AutoCloseable {

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CmsHttpServer.class);
    private static final String BASE = "/cms/v1";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern CARD = Pattern.compile(BASE + "/cards/([0-9]{16})(/[a-z-]+)?");
    private static final Pattern PERSON = Pattern.compile(BASE + "/persons/([A-Z0-9]{11,16})/(cards|reissue-requests)");
    private static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private record Session(String operatorId, Instant expiresAt) {
    }

    private record Answer(int status, byte[] body, boolean problem) {
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SandboxDatabase database;
    private final WriteQueue writes;
    private final CmsEngine engine;
    private final Idempotency idempotency;
    private final io.tscns.testkit.cms.internal.store.Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SandboxFaults faults;
    private final Random faultDraw;
    private final Duration latency;
    private final io.tscns.core.audit.AuditVerifier verifier;

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
            CmsEngine engine, Idempotency idempotency, io.tscns.testkit.cms.internal.store.Outbox outbox,
            Clock clock, SandboxFaults faults, Duration latency, io.tscns.core.audit.AuditVerifier verifier)
            throws IOException {
        this.verifier = verifier;
        this.database = database;
        this.writes = writes;
        this.engine = engine;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
        this.faults = faults;
        this.faultDraw = new Random(faults.seed());
        this.latency = latency;
        this.server = HttpsServer.create(address, 256);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters parameters) {
                javax.net.ssl.SSLParameters ssl = tls.getDefaultSSLParameters();
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
        String requestId = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Request-Id"))
                .filter(id -> REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> java.util.UUID.randomUUID().toString());
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            Answer answer;
            try {
                answer = dispatch(exchange, path, requestId);
            } catch (CmsRefusal refusal) {
                answer = new Answer(refusal.status(), Problems.document(json, refusal, path, requestId), true);
            } catch (FaultInjected dropped) {
                return;
            } catch (RuntimeException e) {
                LOG.debug("request {} failed", requestId, e);
                CmsRefusal internal = new CmsRefusal("internal-error", 500,
                        "the sandbox failed; quote request id " + requestId);
                answer = new Answer(500, Problems.document(json, internal, path, requestId), true);
            }
            send(exchange, requestId, answer);
        } catch (IOException e) {
            LOG.debug("request {}: answer not delivered", requestId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class FaultInjected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FaultInjected() {
            super("fault injected", null, false, false);
        }
    }

    private void send(HttpExchange exchange, String requestId, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        exchange.getResponseHeaders().set("Content-Type",
                answer.problem() ? "application/problem+json" : "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private Answer dispatch(HttpExchange exchange, String path, String requestId) throws IOException {
        String method = exchange.getRequestMethod();
        if (!path.startsWith(BASE + "/")) {
            throw new CmsRefusal("not-found", 404, "no such route");
        }
        boolean post = method.equals("POST");
        if (!post && !method.equals("GET")) {
            throw new CmsRefusal("method-not-allowed", 405, "method " + method + " is not allowed here");
        }
        byte[] body = post ? readBody(exchange) : new byte[0];
        if (path.equals(BASE + "/sessions")) {
            requireMethod(post, true);
            return login(body);
        }
        Operator operator = authenticate(exchange);
        Route route = route(path, post, exchange.getRequestURI().getRawQuery());
        if (route.operation() == null) {
            return route.read().apply(operator);
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null) {
            throw new CmsRefusal("idempotency-key-required", 400, "state-changing calls need an Idempotency-Key");
        }
        if (!KEY.matcher(key).matches()) {
            throw new CmsRefusal("malformed-request", 400,
                    "Idempotency-Key must be 1 to 64 characters of letters, digits and . _ : -");
        }
        JsonNode request = parse(exchange, body);
        SandboxFaults.Kind fault = drawFault(path);
        if (fault == SandboxFaults.Kind.ERROR_BEFORE_COMMIT) {
            throw new CmsRefusal("service-unavailable", 503, "injected fault before commit");
        }
        byte[] hash = sha256(path, body);
        Answer answer = writes.submit(tx -> {
            Optional<Rows.StoredResponse> stored = idempotency.find(tx.connection(), operator.operatorId(), key);
            if (stored.isPresent()) {
                if (!MessageDigest.isEqual(stored.get().requestHash(), hash)) {
                    throw new CmsRefusal("idempotency-key-reused", 422,
                            "this Idempotency-Key was used for a different request");
                }
                return new Answer(-stored.get().status(), stored.get().body(), stored.get().status() >= 400);
            }
            Answer fresh;
            try {
                fresh = route.write().apply(new WriteCall(tx, operator, requestId, request));
            } catch (CmsRefusal refusal) {
                fresh = new Answer(refusal.status(), Problems.document(json, refusal, path, requestId), true);
            }
            idempotency.store(tx.connection(), operator.operatorId(), key,
                    new Rows.StoredResponse(hash, fresh.status(), fresh.body()), clock.instant());
            return fresh;
        });
        if (answer.status() < 0) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
            answer = new Answer(-answer.status(), answer.body(), answer.problem());
        }
        return afterCommit(fault, answer);
    }

    private Answer afterCommit(SandboxFaults.Kind fault, Answer answer) {
        if (fault == null) {
            return answer;
        }
        switch (fault) {
            case ERROR_AFTER_COMMIT -> throw new CmsRefusal("service-unavailable", 503, "injected fault after commit");
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
        if (faults.rate() == 0 || faults.kinds().isEmpty() || !path.contains(faults.pathContains())) {
            return null;
        }
        synchronized (faultDraw) {
            if (faultDraw.nextDouble() >= faults.rate()) {
                return null;
            }
            List<SandboxFaults.Kind> kinds = faults.kinds().stream().sorted().toList();
            return kinds.get(faultDraw.nextInt(kinds.size()));
        }
    }

    private static void requireMethod(boolean post, boolean wantPost) {
        if (post != wantPost) {
            throw new CmsRefusal("method-not-allowed", 405, "use " + (wantPost ? "POST" : "GET") + " here");
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BODY_BYTES) {
                throw new CmsRefusal("payload-too-large", 413, "request body over " + MAX_BODY_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private JsonNode parse(HttpExchange exchange, byte[] body) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new CmsRefusal("unsupported-media-type", 415, "send application/json");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new CmsRefusal("malformed-request", 400, "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new CmsRefusal("malformed-request", 400, "the body is not well-formed JSON" + where);
        } catch (IOException e) {
            throw new CmsRefusal("malformed-request", 400, "the body cannot be read");
        }
    }

    private static byte[] sha256(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- authentication -------------------------------------------------------------------------------------------

    private Answer login(byte[] body) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            throw new CmsRefusal("malformed-request", 400, "the body is not well-formed JSON");
        }
        if (request == null || !request.isObject()) {
            throw new CmsRefusal("malformed-request", 400, "the body must be a JSON object");
        }
        String operatorId = HttpRequest.text(request, "operatorId");
        char[] token = HttpRequest.text(request, "token").toCharArray();
        try {
            Rows.OperatorRow row = database.read(c -> Operators.checkToken(c, operatorId, token))
                    .orElseThrow(() -> new CmsRefusal("unauthenticated", 401, "unknown operator or wrong token"));
            Operator operator = enabled(row);
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String sessionToken = Base64Url.encode(raw);
            Instant expires = clock.instant().plus(SESSION_LIFETIME);
            sessions.put(Hex.format(Operators.hash(new byte[0], sessionToken.toCharArray())),
                    new Session(operator.operatorId(), expires));
            ObjectNode node = json.createObjectNode();
            node.put("sessionToken", sessionToken);
            node.put("expiresAt", expires.toString());
            node.set("operator", profile(operator));
            return ok(201, node);
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    private Operator authenticate(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Optional<Rows.OperatorRow> row;
        if (authorization != null) {
            if (!authorization.startsWith("Bearer ")) {
                throw new CmsRefusal("unauthenticated", 401, "use Authorization: Bearer <session token>");
            }
            char[] token = authorization.substring(7).trim().toCharArray();
            Session session = sessions.get(Hex.format(Operators.hash(new byte[0], token)));
            Arrays.fill(token, '\0');
            if (session == null || session.expiresAt().isBefore(clock.instant())) {
                throw new CmsRefusal("unauthenticated", 401, "unknown or expired session");
            }
            row = database.read(c -> Operators.byId(c, session.operatorId()));
        } else {
            String fingerprint = clientFingerprint(exchange)
                    .orElseThrow(() -> new CmsRefusal("unauthenticated", 401,
                            "present a personal operator certificate or a session token"));
            row = database.read(c -> Operators.byFingerprint(c, fingerprint));
        }
        return enabled(row.orElseThrow(() -> new CmsRefusal("unauthenticated", 401, "unknown operator")));
    }

    private static Operator enabled(Rows.OperatorRow row) {
        if (!row.enabled()) {
            throw new CmsRefusal("operator-disabled", 403, "this operator account is disabled");
        }
        return new Operator(row.operatorId(), row.displayName(), OperatorRole.valueOf(row.role()), row.region(),
                row.counterId(), row.reissueEnabled());
    }

    private static Optional<String> clientFingerprint(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = https.getSSLSession().getPeerCertificates();
            return chain.length == 0 ? Optional.empty() : Optional.of(fingerprint(chain[0].getEncoded()));
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        } catch (CertificateEncodingException e) {
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
            return Hex.format(MessageDigest.getInstance("SHA-256").digest(der)).toLowerCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- routes ---------------------------------------------------------------------------------------------------

    private record WriteCall(WriteQueue.WriteTx tx, Operator operator, String requestId, JsonNode body) {
    }

    @FunctionalInterface
    private interface WriteRoute {
        Answer apply(WriteCall call) throws java.sql.SQLException;
    }

    private record Route(Operation operation, Function<Operator, Answer> read, WriteRoute write) {
        static Route read(Function<Operator, Answer> read) {
            return new Route(null, read, null);
        }

        static Route write(Operation operation, WriteRoute write) {
            return new Route(operation, null, write);
        }
    }

    private Route route(String path, boolean post, String query) {
        if (path.equals(BASE + "/operators/me")) {
            requireMethod(post, false);
            return Route.read(operator -> ok(200, profile(operator)));
        }
        if (path.equals(BASE + "/cards/identify")) {
            requireMethod(post, true);
            return Route.write(Operation.IDENTIFY, this::identify);
        }
        if (path.equals(BASE + "/emission-requests")) {
            requireMethod(post, true);
            return Route.write(Operation.EMISSION, this::emission);
        }
        if (path.equals(BASE + "/outbox")) {
            requireMethod(post, false);
            return Route.read(operator -> outboxRead(operator, query));
        }
        if (path.equals(BASE + "/audit/export") || path.equals(BASE + "/audit/verification")) {
            requireMethod(post, false);
            boolean export = path.endsWith("export");
            return Route.read(operator -> audit(operator, export));
        }
        Matcher card = CARD.matcher(path);
        if (card.matches()) {
            return cardRoute(card.group(1), card.group(2) == null ? "" : card.group(2), post);
        }
        Matcher person = PERSON.matcher(path);
        if (person.matches()) {
            CodiceFiscale cf = parseCf(person.group(1));
            if (person.group(2).equals("cards")) {
                requireMethod(post, false);
                return Route.read(operator -> logged(operator, Operation.PERSON_CARDS,
                        CmsEngine.Subject.person(cf.value()), (c, d) -> {
                            ArrayNode cards = json.createArrayNode();
                            engine.cardsOf(c, cf).forEach(row -> cards.add(card(row)));
                            ObjectNode node = json.createObjectNode();
                            node.put("codiceFiscale", cf.value());
                            node.set("cards", cards);
                            return ok(200, node);
                        }));
            }
            requireMethod(post, true);
            return Route.write(Operation.REISSUE, call -> run(call, Operation.REISSUE,
                    CmsEngine.Subject.person(cf.value()), (c, d) -> filed(engine.reissue(c, d, call.operator(), cf,
                            HttpRequest.text(call.body(), "reason")))));
        }
        throw new CmsRefusal("not-found", 404, "no such route");
    }

    private Route cardRoute(String cardId, String action, boolean post) {
        CmsEngine.Subject subject = CmsEngine.Subject.card(cardId);
        switch (action) {
            case "" -> {
                requireMethod(post, false);
                return Route.read(op -> logged(op, Operation.STATUS, subject,
                        (c, d) -> ok(200, card(engine.card(c, cardId)))));
            }
            case "/history" -> {
                requireMethod(post, false);
                return Route.read(op -> logged(op, Operation.HISTORY, subject, (c, d) -> {
                    ArrayNode entries = json.createArrayNode();
                    for (Rows.HistoryRow row : engine.history(c, cardId)) {
                        ObjectNode entry = entries.addObject();
                        entry.put("operation", row.operation());
                        entry.put("outcome", row.outcome());
                        row.stateAfter().ifPresent(s -> entry.put("stateAfter", s));
                        entry.put("operatorId", row.operatorId());
                        entry.put("at", row.at().toString());
                        row.requestId().ifPresent(r -> entry.put("requestId", r));
                    }
                    ObjectNode node = json.createObjectNode();
                    node.put("cardId", cardId);
                    node.set("entries", entries);
                    return ok(200, node);
                }));
            }
            case "/holder" -> {
                requireMethod(post, false);
                return Route.read(op -> logged(op, Operation.HOLDER, subject,
                        (c, d) -> ok(200, holder(engine.holder(c, cardId)))));
            }
            case "/consents" -> {
                if (!post) {
                    return Route.read(op -> logged(op, Operation.CONSENTS_READ, subject,
                            (c, d) -> ok(200, consents(cardId, engine.consents(c, cardId)))));
                }
                return Route.write(Operation.CONSENTS_WRITE, call -> run(call, Operation.CONSENTS_WRITE, subject,
                        (c, d) -> ok(200, consents(cardId, engine.recordConsents(c, d, call.operator(), cardId,
                                consentChoices(call.body().get("consents")))))));
            }
            case "/activation" -> {
                requireMethod(post, true);
                return Route.write(Operation.ACTIVATE, call -> run(call, Operation.ACTIVATE, subject,
                        (c, d) -> receipt(engine.activate(c, d, call.operator(), cardId, activation(call.body()),
                                channel(call.body()), HttpRequest.bool(call.body(), "privacyConsent", false),
                                consentChoices(call.body().get("fseConsents"))))));
            }
            case "/reprint" -> {
                requireMethod(post, true);
                return Route.write(Operation.REPRINT, call -> run(call, Operation.REPRINT, subject, (c, d) -> {
                    boolean byDelegate = HttpRequest.text(call.body(), "by").equals("DELEGATE");
                    Optional<DelegateIdentity> delegate = byDelegate
                            ? Optional.of(delegate(HttpRequest.object(call.body(), "delegate")))
                            : Optional.empty();
                    return receipt(engine.reprint(c, d, call.operator(), cardId, delegate, channel(call.body())));
                }));
            }
            case "/revocation" -> {
                requireMethod(post, true);
                return Route.write(Operation.REVOKE_BY_HOLDER, call -> {
                    boolean issuer = HttpRequest.text(call.body(), "requester").equals("ISSUER");
                    Operation operation = issuer ? Operation.REVOKE_BY_ISSUER : Operation.REVOKE_BY_HOLDER;
                    return run(call, operation, subject, (c, d) -> {
                        CmsEngine.RevocationInput input = revocation(call.body());
                        try {
                            return ok(200, card(engine.revoke(call.tx(), d, call.operator(), cardId, input)));
                        } finally {
                            input.cip().ifPresent(Cip::destroy);
                        }
                    });
                });
            }
            case "/suspension" -> {
                requireMethod(post, true);
                return Route.write(Operation.SUSPEND, call -> run(call, Operation.SUSPEND, subject,
                        (c, d) -> ok(200, card(engine.suspend(call.tx(), d, cardId)))));
            }
            case "/reactivation" -> {
                requireMethod(post, true);
                return Route.write(Operation.REACTIVATE, call -> run(call, Operation.REACTIVATE, subject,
                        (c, d) -> ok(200, card(engine.reactivate(call.tx(), d, cardId)))));
            }
            default -> throw new CmsRefusal("not-found", 404, "no such route");
        }
    }

    private Answer run(WriteCall call, Operation operation, CmsEngine.Subject subject, CmsEngine.Work<Answer> work)
            throws java.sql.SQLException {
        return engine.run(call.tx(), call.operator(), call.requestId(), operation, subject, work);
    }

    private Answer logged(Operator operator, Operation operation, CmsEngine.Subject subject,
            CmsEngine.Work<Answer> work) {
        String requestId = java.util.UUID.randomUUID().toString();
        return writes.submit(tx -> engine.run(tx, operator, requestId, operation, subject, work));
    }

    private Answer identify(WriteCall call) throws java.sql.SQLException {
        JsonNode body = call.body();
        String cf = parseCf(HttpRequest.text(body, "codiceFiscale")).value();
        String team = HttpRequest.text(body, "teamNumber");
        java.time.LocalDate expiry = HttpRequest.date(body, "expiryDate");
        return run(call, Operation.IDENTIFY, CmsEngine.Subject.person(cf), (c, d) -> {
            Results.Identification result = engine.identify(c, d, cf, team, expiry);
            ObjectNode node = json.createObjectNode();
            if (result instanceof Results.Match match) {
                node.put("outcome", "MATCH");
                node.set("card", card(match.card()));
                node.set("holder", holder(match.holder()));
            } else if (result instanceof Results.Mismatch mismatch) {
                node.put("outcome", "MISMATCH");
                node.put("advice", "SCELTA_E_REVOCA_OFFICE");
                ArrayNode fields = node.putArray("mismatchedFields");
                mismatch.mismatchedFields().forEach(fields::add);
            }
            return ok(200, node);
        });
    }

    private Answer emission(WriteCall call) throws java.sql.SQLException {
        JsonNode body = call.body();
        String kind = HttpRequest.text(body, "kind");
        if (!kind.equals("NEWBORN") && !kind.equals("IMMIGRANT")) {
            throw HttpRequest.malformed("kind", "must be NEWBORN or IMMIGRANT");
        }
        JsonNode person = HttpRequest.object(body, "person");
        CodiceFiscale cf = parseCf(HttpRequest.text(person, "codiceFiscale"));
        Rows.HolderRow row = new Rows.HolderRow(cf.value(), HttpRequest.text(person, "surname"),
                HttpRequest.text(person, "name"), HttpRequest.date(person, "birthDate"),
                String.valueOf(HttpRequest.enumValue(person, "sex", Sex.class).code()), HttpRequest.text(person, "birthPlace"));
        return run(call, Operation.EMISSION, CmsEngine.Subject.person(cf.value()),
                (c, d) -> filed(engine.emission(c, d, call.operator(), row, kind)));
    }

    private Answer outboxRead(Operator operator, String query) {
        String address = null;
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("address=")) {
                address = java.net.URLDecoder.decode(part.substring(8), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        String wanted = address;
        logged(operator, Operation.OUTBOX, CmsEngine.Subject.NONE, (c, d) -> null);
        List<io.tscns.testkit.cms.internal.store.Outbox.Message> messages =
                database.read(c -> outbox.messages(c, wanted));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 256 * messages.size());
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("messages");
            for (io.tscns.testkit.cms.internal.store.Outbox.Message message : messages) {
                g.writeStartObject();
                g.writeStringField("messageId", message.messageId());
                g.writeStringField("cardId", message.cardId());
                g.writeStringField("channel", message.channel());
                g.writeStringField("address", message.address());
                g.writeStringField("sentAt", message.createdAt().toString());
                g.writeObjectFieldStart("remoteHalves");
                String[] names = {"pin", "puk", "cip"};
                for (int i = 0; i < message.halves().size(); i++) {
                    char[] half = message.halves().get(i);
                    g.writeFieldName(names[i]);
                    g.writeString(half, 0, half.length);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the outbox", e);
        } finally {
            messages.forEach(m -> m.halves().forEach(half -> Arrays.fill(half, '\0')));
        }
        return new Answer(200, out.toByteArray(), false);
    }

    private Answer audit(Operator operator, boolean export) {
        logged(operator, Operation.AUDIT, CmsEngine.Subject.NONE, (c, d) -> {
            d.put("kind", export ? "export" : "verification");
            return null;
        });
        List<io.tscns.core.audit.AuditEntry> entries = writes.auditEntries();
        if (export) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                io.tscns.core.audit.AuditExport.write(out, io.tscns.core.audit.AuditChainHead.GENESIS, entries,
                        writes.sealer());
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the audit export", e);
            }
            return new Answer(200, out.toByteArray(), false);
        }
        AuditVerification verification = verifier.verify(entries);
        ObjectNode node = json.createObjectNode();
        if (verification instanceof AuditVerification.Intact intact) {
            node.put("intact", true);
            node.put("count", intact.count());
            node.put("headSequence", intact.head().sequence());
            node.put("headHash", intact.head().hash().toHex());
        } else if (verification instanceof AuditVerification.Broken broken) {
            node.put("intact", false);
            node.put("index", broken.index());
            node.put("expectedSequence", broken.expectedSequence());
            node.put("defect", broken.describe());
        }
        return ok(200, node);
    }

    // ---- JSON mapping ---------------------------------------------------------------------------------------------

    private static CodiceFiscale parseCf(String text) {
        try {
            return CodiceFiscale.parse(text);
        } catch (TscnsException e) {
            throw new CmsRefusal("malformed-request", 400, "codiceFiscale: " + e.getMessage());
        }
    }

    private ObjectNode profile(Operator operator) {
        ObjectNode node = json.createObjectNode();
        node.put("operatorId", operator.operatorId());
        node.put("displayName", operator.displayName());
        node.put("role", operator.role().name());
        node.put("counterId", operator.counterId());
        node.put("region", operator.region());
        node.put("reissueEnabled", operator.reissueEnabled());
        return node;
    }

    private ObjectNode card(Rows.CardRow row) {
        ObjectNode node = json.createObjectNode();
        node.put("cardId", row.cardId());
        node.put("teamNumber", row.teamNumber());
        node.put("codiceFiscale", row.codiceFiscale());
        node.put("state", row.state().name());
        node.put("issuerRegion", row.region());
        node.put("expiryDate", row.expiryDate().toString());
        row.activationMode().ifPresent(m -> node.put("activationMode", m));
        node.put("version", row.version());
        return node;
    }

    private ObjectNode holder(Rows.HolderRow row) {
        ObjectNode node = json.createObjectNode();
        node.put("surname", row.surname());
        node.put("name", row.givenName());
        node.put("birthDate", row.birthDate().toString());
        node.put("sex", row.sex());
        node.put("birthPlace", row.birthPlace());
        node.put("codiceFiscale", row.codiceFiscale());
        return node;
    }

    private ObjectNode consents(String cardId, List<Rows.ConsentRow> rows) {
        ObjectNode node = json.createObjectNode();
        node.put("cardId", cardId);
        ArrayNode list = node.putArray("consents");
        for (Rows.ConsentRow row : rows) {
            list.addObject().put("kind", row.kind()).put("status", row.status()).put("regime", row.regime())
                    .put("recordedAt", row.recordedAt().toString()).put("operatorId", row.operatorId());
        }
        return node;
    }

    private Answer filed(Results.FiledRequest request) {
        ObjectNode node = json.createObjectNode();
        node.put("requestId", request.requestId());
        node.put("kind", request.kind());
        node.put("filedAt", request.at().toString());
        node.put("status", "FILED");
        return ok(201, node);
    }

    private Answer receipt(Results.Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("receipt");
            g.writeStringField("receiptId", receipt.receiptId());
            g.writeStringField("cardId", receipt.cardId());
            g.writeStringField("operatorId", receipt.operatorId());
            g.writeStringField("issuedAt", receipt.at().toString());
            g.writeObjectFieldStart("counterHalves");
            String[] names = {"pin", "puk", "cip"};
            for (int i = 0; i < receipt.counterHalves().size(); i++) {
                char[] half = receipt.counterHalves().get(i);
                g.writeFieldName(names[i]);
                g.writeString(half, 0, half.length);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("channel");
            g.writeStringField("kind", receipt.channelKind());
            g.writeStringField("maskedAddress", receipt.maskedChannel());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a receipt", e);
        } finally {
            receipt.counterHalves().forEach(half -> Arrays.fill(half, '\0'));
        }
        return new Answer(201, out.toByteArray(), false);
    }

    private Answer ok(int status, JsonNode node) {
        try {
            return new Answer(status, json.writeValueAsBytes(node), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    private static RemoteChannel channel(JsonNode body) {
        JsonNode channel = HttpRequest.object(body, "channel");
        String kind = HttpRequest.text(channel, "kind");
        String address = HttpRequest.text(channel, "address");
        try {
            return switch (kind) {
                case "EMAIL" -> new EmailChannel(address);
                case "SMS" -> new SmsChannel(address);
                default -> throw HttpRequest.malformed("channel.kind", "must be EMAIL or SMS");
            };
        } catch (TscnsException e) {
            if (e instanceof CmsRefusal refusal) {
                throw refusal;
            }
            throw new CmsRefusal("malformed-request", 400, "channel.address: " + e.getMessage());
        }
    }

    private static Map<ConsentKind, ConsentStatus> consentChoices(JsonNode list) {
        Map<ConsentKind, ConsentStatus> choices = new EnumMap<>(ConsentKind.class);
        if (list == null || list.isNull()) {
            return choices;
        }
        if (!list.isArray() || list.size() > ConsentKind.values().length) {
            throw HttpRequest.malformed("consents", "must be a list of at most " + ConsentKind.values().length);
        }
        for (JsonNode item : list) {
            choices.put(HttpRequest.enumValue(item, "kind", ConsentKind.class),
                    HttpRequest.enumValue(item, "status", ConsentStatus.class));
        }
        return choices;
    }

    private static DelegateIdentity delegate(JsonNode node) {
        try {
            return new DelegateIdentity(HttpRequest.text(node, "surname"), HttpRequest.text(node, "givenName"),
                    parseCf(HttpRequest.text(node, "codiceFiscale")));
        } catch (CmsRefusal e) {
            throw e;
        } catch (TscnsException e) {
            throw new CmsRefusal("malformed-request", 400, "delegate: " + e.getMessage());
        }
    }

    private static ActivationRequest activation(JsonNode body) {
        try {
            CodiceFiscale holder = parseCf(HttpRequest.text(body, "holderCodiceFiscale"));
            java.time.LocalDate expiry = HttpRequest.date(body, "cardExpiry");
            String mode = HttpRequest.text(body, "mode");
            JsonNode doc = HttpRequest.object(body, "document");
            IdentityDocument document = new IdentityDocument(
                    HttpRequest.enumValue(doc, "type", IdentityDocumentType.class), HttpRequest.text(doc, "number"),
                    HttpRequest.text(doc, "issuingBody"), HttpRequest.date(doc, "issueDate"),
                    doc.hasNonNull("expiryDate") ? Optional.of(HttpRequest.date(doc, "expiryDate"))
                            : Optional.empty());
            PresentedDocument presented = new PresentedDocument(document,
                    HttpRequest.bool(body, "unchangedDataDeclaration", false));
            Applicant applicant = switch (mode) {
                case "DIRECT" -> new Applicant.Holder(presented);
                case "HEALTH_DELEGATION", "DELEGATE_HEALTH" -> new Applicant.HealthDelegate(
                        delegate(HttpRequest.object(body, "delegate")), presented);
                case "LEGAL_REPRESENTATIVE" -> new Applicant.LegalRepresentative(
                        HttpRequest.enumValue(body, "representativeRole", LegalRepresentativeRole.class),
                        delegate(HttpRequest.object(body, "delegate")), presented);
                default -> throw HttpRequest.malformed("mode",
                        "must be DIRECT, HEALTH_DELEGATION or LEGAL_REPRESENTATIVE");
            };
            Set<SupportingDocument> supporting = EnumSet.noneOf(SupportingDocument.class);
            JsonNode list = body.get("supportingDocuments");
            if (list != null && list.isArray()) {
                for (JsonNode item : list) {
                    try {
                        supporting.add(SupportingDocument.valueOf(item.asText()));
                    } catch (IllegalArgumentException e) {
                        throw HttpRequest.malformed("supportingDocuments", "holds an unknown document");
                    }
                }
            }
            return new ActivationRequest(holder, expiry, applicant, supporting);
        } catch (CmsRefusal e) {
            throw e;
        } catch (TscnsException e) {
            throw new CmsRefusal("malformed-request", 400, e.getMessage());
        }
    }

    private static CmsEngine.RevocationInput revocation(JsonNode body) {
        String requester = HttpRequest.text(body, "requester");
        RevocationCause cause = HttpRequest.enumValue(body, "cause", RevocationCause.class);
        Optional<Cip> cip = Optional.empty();
        JsonNode cipNode = body.get("cip");
        if (cipNode != null && !cipNode.isNull()) {
            if (!cipNode.isTextual()) {
                throw HttpRequest.malformed("cip", "must be a string");
            }
            char[] chars = cipNode.asText().toCharArray();
            try {
                cip = Optional.of(Cip.parse(chars));
            } catch (TscnsException e) {
                throw new CmsRefusal("malformed-request", 400, "cip is not a well-formed CIP");
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        RevocationRequester who = switch (requester) {
            case "HOLDER" -> new RevocationRequester.Holder(CipVerification.NOT_VERIFIED);
            case "DELEGATE" -> {
                JsonNode delegate = HttpRequest.object(body, "delegate");
                yield new RevocationRequester.Delegate(
                        HttpRequest.enumValue(delegate, "role", LegalRepresentativeRole.class),
                        parseCf(HttpRequest.text(delegate, "codiceFiscale")), CipVerification.NOT_VERIFIED);
            }
            case "ISSUER" -> new RevocationRequester.Issuer();
            default -> throw HttpRequest.malformed("requester", "must be HOLDER, DELEGATE or ISSUER");
        };
        return new CmsEngine.RevocationInput(who, cause, cip);
    }
}
