package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.SandboxMount;
import io.tscns.cms.sandbox.ServerLimits;
import io.tscns.cms.sandbox.internal.cards.OperatorCards;
import io.tscns.cms.sandbox.internal.domain.CertificateFingerprint;
import io.tscns.cms.sandbox.internal.domain.OperatorAccounts;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.cms.sandbox.internal.operations.AuditReader;
import io.tscns.cms.sandbox.internal.operations.Operations;
import io.tscns.cms.sandbox.internal.pipeline.Pipeline;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox CMS's HTTPS server (<i>server HTTPS</i>) on Jetty's core server (no servlets): mutual TLS (client
 * certificates wanted, not required, so that token sessions work too) with {@link TlsPolicy}'s protocols and suites,
 * the {@link ServerLimits} — connections parked without a thread until a request's headers are in, a cap on the
 * connections of one address and of all, read deadlines for a request's headers and its body, a 413 before the body
 * of a declared oversize request is read — a request id on every answer, {@code Cache-Control: no-store}, the injected
 * latency, and an RFC 9457 problem document for every refusal and failure, including the errors the HTTP layer finds
 * itself ({@link ServerErrors}). What a request means is the {@link CmsFront}'s business: this class only carries
 * requests to it and answers back. Thread-safe.
 */
public final class CmsHttpServer implements AutoCloseable {

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Largest rest of a refused request's body read and dropped before the connection closes, in bytes. */
    static final long MAX_DISCARDED_BYTES = 4L * 1024 * 1024;
    /** Longest wait for the rest of a refused request's body. */
    static final Duration MAX_DISCARD_WAIT = Duration.ofSeconds(2);
    /** Largest request line and headers accepted, in bytes. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CmsHttpServer.class);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** The TLS session value holding the client certificate's fingerprint. */
    private static final String FINGERPRINT = "io.tscns.cms.sandbox.fingerprint";

    private final Server server;
    private final ServerConnector connector;
    private final ConnectionGuard guard;
    private final CmsFront front;
    private final Duration latency;
    private final Duration bodyDeadline;
    private final List<SandboxMount> mounts;
    private volatile int port = -1;

    /**
     * Starts the server.
     *
     * @param address    where to listen
     * @param tls        the server's TLS context
     * @param pipeline   runs the operations
     * @param operations the operations' handlers
     * @param audit      reads the audit chain for exports and verifications
     * @param accounts   the operator accounts, for authentication
     * @param cards      the check of the CNS certificates of operators logging in with their own card
     * @param clock      time source of the sessions
     * @param faults     injected faults
     * @param latency    delay added to every request
     * @param limits     the connection, deadline, thread, rate and session limits
     * @param outbox     the sandbox's outbox: its capability token (not wiped here) and its reader
     * @param mounts     the extra web applications served under their own path prefixes
     * @throws IOException if the port cannot be bound
     */
    public CmsHttpServer(
            InetSocketAddress address,
            SSLContext tls,
            Pipeline pipeline,
            Operations operations,
            AuditReader audit,
            OperatorAccounts accounts,
            OperatorCards cards,
            Clock clock,
            SandboxFaults faults,
            Duration latency,
            ServerLimits limits,
            Outbox outbox,
            List<SandboxMount> mounts)
            throws IOException {
        this.mounts = List.copyOf(mounts);
        this.front = new CmsFront(
                pipeline,
                operations,
                audit,
                new Authenticator(accounts, cards, clock, limits),
                faults,
                new RateLimiter(limits.cipAttempts(), limits.rateWindow(), clock),
                new OutboxCapability(outbox.token()),
                outbox.reader());
        this.latency = latency;
        this.bodyDeadline = limits.bodyDeadline();
        QueuedThreadPool threads = new QueuedThreadPool(limits.workerThreads() + 4, 4, 60_000);
        threads.setName("sandbox-cms-http");
        threads.setDaemon(true);
        // Buffers are not pooled: Jetty 12.1 can go on filling a connection's request buffer after it has returned
        // it to the pool (a request refused at the parser, whose refusal is written before the parsing thread is
        // done), and another connection then parsed the refused request's tail as its own request. Unpooled, a
        // buffer used after its release is nobody else's (README, "Under attack and misuse"). They are heap buffers
        // (below): a direct buffer per request is slow to allocate and to free.
        this.server = new Server(threads, null, new ByteBufferPool.NonPooling());
        server.setStopTimeout(0);
        server.setErrorHandler(new ServerErrors());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setUseInputDirectByteBuffers(false);
        http.setUseOutputDirectByteBuffers(false);
        http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));

        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setSslContext(tls);
        ssl.setWantClientAuth(true);
        ssl.setRenegotiationAllowed(false);
        ssl.setIncludeProtocols(TlsPolicy.PROTOCOLS.toArray(String[]::new));
        ssl.setIncludeCipherSuites(TlsPolicy.CIPHER_SUITES.toArray(String[]::new));
        SslConnectionFactory tlsConnections = new SslConnectionFactory(ssl, "http/1.1");
        tlsConnections.setDirectBuffersForEncryption(false);
        tlsConnections.setDirectBuffersForDecryption(false);

        this.connector = new ServerConnector(server, 1, 1, tlsConnections, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(256);
        this.guard = new ConnectionGuard(limits.maxConnectionsPerAddress(), limits.requestDeadline());
        connector.addEventListener(guard);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        for (SandboxMount mount : this.mounts) {
            mount.handler().setServer(server);
            server.addBean(mount.handler());
        }
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Optional<SandboxMount> mounted = mounted(request);
                if (mounted.isPresent()) {
                    return serveMounted(mounted.get(), request, response, callback);
                }
                serve(request, response, callback);
                return true;
            }
        });
        try {
            server.start();
            port = connector.getLocalPort();
        } catch (IOException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new IOException("the sandbox's HTTPS server did not start", e);
        }
    }

    /**
     * The sandbox's outbox as the server serves it.
     *
     * @param token  the capability token that opens it
     * @param reader the committed messages to a full address
     */
    public record Outbox(char[] token, Function<String, List<SentMessage>> reader) {
        /** Checks the components. */
        public Outbox {
            java.util.Objects.requireNonNull(token, "token");
            java.util.Objects.requireNonNull(reader, "reader");
        }

        @Override
        public String toString() {
            return "Outbox[token redacted]";
        }
    }

    /**
     * Returns how many token sessions are open.
     *
     * @return the count
     */
    public int openSessions() {
        return front.openSessions();
    }

    /**
     * Returns the bound port (still after {@link #close()}, when nothing listens on it any more).
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns how many connections are open.
     *
     * @return the count
     */
    public int openConnections() {
        return guard.openConnections();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("the sandbox's HTTPS server did not stop cleanly", e);
        }
        guard.close();
    }

    /** The mount whose prefix the request's path is under, if any. */
    private Optional<SandboxMount> mounted(Request request) {
        if (mounts.isEmpty()) {
            return Optional.empty();
        }
        String path = request.getHttpURI().getDecodedPath();
        return path == null
                ? Optional.empty()
                : mounts.stream().filter(m -> m.serves(path)).findFirst();
    }

    /**
     * Hands a request to a mounted application, under the same connection deadlines as the protocol's, and with the
     * protocol's lingering close: when the application starts its answer without having read the request's body (a
     * refusal), or refuses it as too large, the rest of the body is read and dropped and the connection closed, as
     * {@link #serve} does. A mounted application therefore answers after reading what it needs of the body.
     */
    private boolean serveMounted(SandboxMount mount, Request request, Response response, Callback callback)
            throws Exception {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        guard.serving(endPoint);
        Callback done = Callback.from(callback, () -> guard.served(endPoint));
        AtomicBoolean bodyRead = new AtomicBoolean();
        Request tracked = new Request.Wrapper(request) {
            @Override
            public Content.Chunk read() {
                bodyRead.set(true);
                return super.read();
            }
        };
        Response lingering = new Response.Wrapper(tracked, response) {
            @Override
            public void write(boolean last, ByteBuffer content, Callback written) {
                if (!isCommitted() && lingers(request, bodyRead.get(), getStatus())) {
                    getHeaders().put(HttpHeader.CONNECTION, "close");
                    discardBody(request);
                }
                super.write(last, content, written);
            }
        };
        if (!mount.handler().handle(tracked, lingering, done)) {
            Response.writeError(tracked, lingering, done, 404);
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        guard.serving(endPoint);
        Callback done = Callback.from(callback, () -> guard.served(endPoint));
        String requestId = Optional.ofNullable(request.getHeaders().get(CmsHeaders.REQUEST_ID))
                .filter(id -> REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        String instance = Problems.instance(request.getHttpURI().getPath());
        boolean head = request.getMethod().equals("HEAD");
        Answer answer;
        boolean framingBroken = false;
        AtomicBoolean bodyRead = new AtomicBoolean();
        try {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            if (request.getLength() > MAX_BODY_BYTES) {
                throw new CmsRefusal(ProblemCode.PAYLOAD_TOO_LARGE, "request body over " + MAX_BODY_BYTES + " bytes");
            }
            answer = front.serve(incoming(request, instance, bodyRead), requestId);
        } catch (CmsRefusal refusal) {
            answer = Answer.problem(refusal, instance, requestId);
        } catch (Faults.Dropped dropped) {
            drop(endPoint);
            done.failed(new IOException("connection dropped by an injected fault"));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.failed(e);
            return;
        } catch (IOException | RuntimeException e) {
            LOG.debug("request {} failed", requestId, e);
            framingBroken = malformedHttp(e);
            answer = Answer.problem(
                    framingBroken
                            ? new CmsRefusal(
                                    ProblemCode.MALFORMED_REQUEST,
                                    "the request is not well-formed HTTP (its body's framing)")
                            : new CmsRefusal(
                                    ProblemCode.INTERNAL_ERROR, "the sandbox failed; quote request id " + requestId),
                    instance,
                    requestId);
        }
        boolean unread = unreadBody(request, bodyRead.get());
        if (!framingBroken && lingers(request, bodyRead.get(), answer.status())) {
            discardBody(request);
        }
        send(response, requestId, answer, head, framingBroken || unread, done);
    }

    /**
     * Reads and drops what is left of a body the answer does not need, up to {@link #MAX_DISCARDED_BYTES} and for at
     * most {@link #MAX_DISCARD_WAIT}, before the answer and the close. Closing with the client's bytes unread makes
     * the kernel reset the connection, and a client still writing its body then loses the answer (HTTP/1.1's
     * "lingering close", RFC 9112 §9.6). Past the bound, or from a slow client, the connection is closed anyway.
     */
    private void discardBody(Request request) {
        if (request.getLength() > MAX_DISCARDED_BYTES) {
            return;
        }
        CompletableFuture<byte[]> discard = BodyReader.discard(request, MAX_DISCARDED_BYTES);
        try {
            discard.get(Math.min(bodyDeadline.toMillis(), MAX_DISCARD_WAIT.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            discard.cancel(false);
        } catch (ExecutionException e) {
            LOG.debug("the rest of a refused body could not be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Tells whether an answer must read and drop the rest of the request's body before the connection closes: the
     * body was not read, or the answer refuses it as too large.
     */
    private static boolean lingers(Request request, boolean bodyRead, int status) {
        return unreadBody(request, bodyRead) || status == ProblemCode.PAYLOAD_TOO_LARGE.status();
    }

    /**
     * Tells whether the request came with a body the answer was given without reading (a refusal before the body
     * is needed: authentication, a missing idempotency key, a media type, a route). Jetty cannot keep such a
     * connection for another request and closes it after the answer; without saying so in the answer, a client
     * that reuses the connection sends its next request into a closed socket.
     */
    private static boolean unreadBody(Request request, boolean bodyRead) {
        return !bodyRead && (request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    /**
     * Tells whether a failure is Jetty's report of a request it could not parse past its headers (a broken chunk
     * size): the client's error, not the sandbox's.
     */
    private static boolean malformedHttp(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() / 100 == 4) {
                return true;
            }
        }
        return false;
    }

    private Incoming incoming(Request request, String instance, AtomicBoolean bodyRead) {
        HttpFields headers = request.getHeaders();
        String path = request.getHttpURI().getDecodedPath();
        if (path == null) {
            throw new CmsRefusal(ProblemCode.MALFORMED_REQUEST, "the request path is not well-formed");
        }
        return new Incoming(
                request.getMethod(),
                path,
                instance,
                Optional.ofNullable(request.getHttpURI().getQuery()),
                Optional.ofNullable(headers.get(HttpHeader.CONTENT_TYPE)),
                Optional.ofNullable(headers.get(HttpHeader.AUTHORIZATION)),
                Optional.ofNullable(headers.get(CmsHeaders.IDEMPOTENCY_KEY)),
                Optional.ofNullable(headers.get(OutboxCapability.HEADER)),
                () -> {
                    bodyRead.set(true);
                    return body(request);
                },
                new Incoming.Certificate() {
                    @Override
                    public Optional<String> fingerprint() {
                        return clientFingerprint(request);
                    }

                    @Override
                    public List<X509Certificate> chain() {
                        return clientChain(request);
                    }
                });
    }

    private static void send(
            Response response, String requestId, Answer answer, boolean head, boolean closing, Callback done) {
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(CmsHeaders.REQUEST_ID, requestId);
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (answer.replayed()) {
            headers.put(CmsHeaders.IDEMPOTENT_REPLAYED, "true");
        }
        answer.headers().forEach(headers::put);
        if (answer.status() == ProblemCode.PAYLOAD_TOO_LARGE.status()
                || answer.status() == ProblemCode.REQUEST_TIMEOUT.status()
                || closing) {
            // The rest of the body is not read, or cannot be framed: the connection cannot carry another request.
            headers.put(HttpHeader.CONNECTION, "close");
        }
        if (answer.streamed().isPresent() && !head) {
            // Sent chunked. A failure half-way can no longer become a problem document: the body just stops (the
            // export format's sealed trailer is then missing, which its readers report).
            try (OutputStream out = new BufferedOutputStream(Content.Sink.asOutputStream(response), 16 * 1024)) {
                answer.streamed().get().writeTo(out);
            } catch (IOException | RuntimeException e) {
                done.failed(e);
                return;
            }
            done.succeeded();
            return;
        }
        if (head && answer.streamed().isEmpty()) {
            headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), done);
    }

    /** Reads the body within its deadline and size. */
    private byte[] body(Request request) throws IOException {
        CompletableFuture<byte[]> read = BodyReader.read(request, MAX_BODY_BYTES);
        try {
            return read.get(bodyDeadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(false);
            throw new CmsRefusal(
                    ProblemCode.REQUEST_TIMEOUT,
                    "the request body did not arrive within " + bodyDeadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BodyReader.TooLarge) {
                throw new CmsRefusal(ProblemCode.PAYLOAD_TOO_LARGE, "request body over " + MAX_BODY_BYTES + " bytes");
            }
            throw new IOException("the request body could not be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the request body", e);
        }
    }

    /** Drops a connection without an answer (an injected fault). */
    private static void drop(EndPoint endPoint) {
        if (endPoint instanceof SslConnection.SslEndPoint ssl) {
            ssl.getSslConnection().getEndPoint().close();
        } else {
            endPoint.close();
        }
    }

    /**
     * The fingerprint of the client certificate, computed once per TLS session and kept in the session (a kept-alive
     * counter sends every request on one session).
     */
    private static Optional<String> clientFingerprint(Request request) {
        if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData data)) {
            return Optional.empty();
        }
        SSLSession session = data.sslSession();
        if (session != null && session.getValue(FINGERPRINT) instanceof String known) {
            return Optional.of(known);
        }
        X509Certificate[] chain = data.peerCertificates();
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        try {
            String fingerprint = CertificateFingerprint.of(chain[0].getEncoded());
            if (session != null) {
                session.putValue(FINGERPRINT, fingerprint);
            }
            return Optional.of(fingerprint);
        } catch (CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    /** The client's certificate chain, leaf first, as the TLS session holds it. */
    private static List<X509Certificate> clientChain(Request request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData data
                && data.peerCertificates() != null) {
            return List.of(data.peerCertificates());
        }
        return List.of();
    }

    /** Reads a request body without a thread while it waits, up to a size. */
    static final class BodyReader implements Runnable {

        /** The body is over the size. */
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;

            TooLarge() {
                super("request body too large");
            }
        }

        private final Request request;
        private final long max;
        private final boolean keep;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private long size;

        private BodyReader(Request request, long max, boolean keep) {
            this.request = request;
            this.max = max;
            this.keep = keep;
        }

        static CompletableFuture<byte[]> read(Request request, int max) {
            BodyReader reader = new BodyReader(request, max, true);
            reader.run();
            return reader.result;
        }

        /** Reads the rest of a body up to a size and drops it; completes with no bytes. */
        static CompletableFuture<byte[]> discard(Request request, long max) {
            BodyReader reader = new BodyReader(request, max, false);
            reader.run();
            return reader.result;
        }

        @Override
        public void run() {
            while (!result.isDone()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                try {
                    if (Content.Chunk.isFailure(chunk)) {
                        result.completeExceptionally(chunk.getFailure());
                        return;
                    }
                    ByteBuffer bytes = chunk.getByteBuffer();
                    size += bytes.remaining();
                    if (size > max) {
                        result.completeExceptionally(new TooLarge());
                        return;
                    }
                    if (keep) {
                        byte[] copy = new byte[bytes.remaining()];
                        bytes.get(copy);
                        out.write(copy, 0, copy.length);
                    }
                    if (chunk.isLast()) {
                        result.complete(out.toByteArray());
                    }
                } finally {
                    chunk.release();
                }
            }
        }
    }
}
