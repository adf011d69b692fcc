package io.tscns.cms.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.internal.domain.CertificateFingerprint;
import io.tscns.cms.sandbox.internal.domain.OperatorAccounts;
import io.tscns.cms.sandbox.internal.operations.AuditReader;
import io.tscns.cms.sandbox.internal.operations.Operations;
import io.tscns.cms.sandbox.internal.pipeline.Pipeline;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
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
 * The sandbox CMS's HTTPS server (<i>server HTTPS</i>) on the JDK's {@code HttpsServer}: mutual TLS (client
 * certificates wanted, not required, so that token sessions work too), a bounded thread pool, a request id on every
 * answer, the injected latency, and an RFC 9457 problem document for every refusal and unexpected failure (logged at
 * debug with the request id, never sent). What a request means is the {@link CmsFront}'s business: this class only
 * carries requests to it and answers back, so another server can take its place.
 *
 * <p>The JDK server reads {@code sun.net.httpserver.nodelay} once per JVM and offers no per-server setting: the
 * application sets it (see {@link io.tscns.cms.sandbox.SimulatedCms}). Thread-safe.
 */
public final class CmsHttpServer implements AutoCloseable {

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CmsHttpServer.class);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** The TLS session value holding the client certificate's fingerprint. */
    private static final String FINGERPRINT = "io.tscns.cms.sandbox.fingerprint";

    private final HttpsServer server;
    private final ExecutorService executor;
    private final CmsFront front;
    private final Duration latency;

    /**
     * Starts the server.
     *
     * @param address    where to listen
     * @param tls        the server's TLS context
     * @param pipeline   runs the operations
     * @param operations the operations' handlers
     * @param audit      reads the audit chain for exports and verifications
     * @param accounts   the operator accounts, for authentication
     * @param clock      time source of the sessions
     * @param faults     injected faults
     * @param latency    delay added to every request
     * @throws IOException if the port cannot be bound
     */
    public CmsHttpServer(InetSocketAddress address, SSLContext tls, Pipeline pipeline, Operations operations,
            AuditReader audit, OperatorAccounts accounts, Clock clock, SandboxFaults faults, Duration latency)
            throws IOException {
        this.front = new CmsFront(pipeline, operations, audit, new Authenticator(accounts, clock), faults);
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
                answer = front.serve(incoming(exchange, path), requestId);
            } catch (CmsRefusal refusal) {
                answer = Answer.problem(refusal, path, requestId);
            } catch (Faults.Dropped dropped) {
                return;
            } catch (RuntimeException e) {
                LOG.debug("request {} failed", requestId, e);
                answer = Answer.problem(new CmsRefusal(ProblemCode.INTERNAL_ERROR,
                        "the sandbox failed; quote request id " + requestId), path, requestId);
            }
            send(exchange, requestId, answer);
        } catch (IOException e) {
            LOG.debug("request {}: answer not delivered", requestId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Incoming incoming(HttpExchange exchange, String path) {
        var headers = exchange.getRequestHeaders();
        return new Incoming(exchange.getRequestMethod(), path,
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()),
                Optional.ofNullable(headers.getFirst("Content-Type")),
                Optional.ofNullable(headers.getFirst(CmsHeaders.AUTHORIZATION)),
                Optional.ofNullable(headers.getFirst(CmsHeaders.IDEMPOTENCY_KEY)),
                () -> readBody(exchange.getRequestBody()), () -> clientFingerprint(exchange));
    }

    private static void send(HttpExchange exchange, String requestId, Answer answer) throws IOException {
        exchange.getResponseHeaders().set(CmsHeaders.REQUEST_ID, requestId);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (answer.replayed()) {
            exchange.getResponseHeaders().set(CmsHeaders.IDEMPOTENT_REPLAYED, "true");
        }
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

    private static byte[] readBody(InputStream in) throws IOException {
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
            String fingerprint = CertificateFingerprint.of(chain[0].getEncoded());
            session.putValue(FINGERPRINT, fingerprint);
            return Optional.of(fingerprint);
        } catch (SSLPeerUnverifiedException | CertificateEncodingException e) {
            return Optional.empty();
        }
    }
}
