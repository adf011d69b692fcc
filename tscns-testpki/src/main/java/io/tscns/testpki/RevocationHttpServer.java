package io.tscns.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process HTTP server publishing a test PKI's revocation services (<i>servizi di revoca</i>): OCSP responders
 * (RFC 6960 Appendix A: POST of {@code application/ocsp-request}, or GET with the base64 request appended to the
 * path) and CRL distribution points ({@code application/pkix-crl}), with HTTP-level faults per endpoint and a
 * request counter for cache tests. Built on the JDK's {@code com.sun.net.httpserver}, bound to 127.0.0.1 on an
 * ephemeral port.
 *
 * <p>Start it first, build the PKI with {@link #baseUri()} as URL base so that certificates point here, then
 * publish the endpoints. Request bodies over {@value #MAX_REQUEST_BYTES} bytes are refused with HTTP 413.
 * Thread-safe; endpoints and faults may change while it runs.
 *
 * @since 0.1.0
 */
public final class RevocationHttpServer implements AutoCloseable {

    /** Largest OCSP request body accepted. */
    public static final int MAX_REQUEST_BYTES = 16 * 1024;

    /** The longest a {@link HttpFault#STALLED_BODY} answer waits before the exchange ends. */
    public static final Duration STALL = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(RevocationHttpServer.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final URI baseUri;

    private RevocationHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Starts a server on 127.0.0.1 and an ephemeral port, with no endpoints yet.
     *
     * @return the running server
     * @throws TestPkiException with {@link TestPkiException.Reason#IO_FAILURE} if it cannot bind
     */
    public static RevocationHttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
                Thread thread = new Thread(task, "tscns-revocation-http-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            RevocationHttpServer result = new RevocationHttpServer(server, executor);
            server.createContext("/", result::handle);
            server.start();
            return result;
        } catch (IOException e) {
            throw new TestPkiException(TestPkiException.Reason.IO_FAILURE, "cannot bind the revocation server", e);
        }
    }

    /**
     * Returns the server's base URL, ending in {@code /}.
     *
     * @return e.g. {@code http://127.0.0.1:40123/}
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Publishes an OCSP responder, replacing whatever was at that path (e.g. the same responder with a fault).
     *
     * @param path      the path below the base, e.g. {@code ocsp/toscana}
     * @param responder the responder
     * @return the endpoint's URL
     */
    public URI serveOcsp(String path, OcspResponder responder) {
        Objects.requireNonNull(responder, "responder");
        return publish(path, new Endpoint.Ocsp(responder));
    }

    /**
     * Publishes a CRL, computed again on each request (so later revocations show up), replacing whatever was at
     * that path.
     *
     * @param path the path below the base, e.g. {@code crl/toscana.crl}
     * @param crl  supplies the DER bytes of the CRL
     * @return the endpoint's URL
     */
    public URI serveCrl(String path, Supplier<byte[]> crl) {
        Objects.requireNonNull(crl, "crl");
        return publish(path, new Endpoint.Crl(crl));
    }

    /**
     * Publishes any other document a relying party fetches, e.g. a trusted list or a list of trusted lists,
     * computed again on each request, replacing whatever was at that path.
     *
     * @param path        the path below the base, e.g. {@code tsl/it.xml}
     * @param contentType the content type, e.g. {@code application/vnd.etsi.tsl+xml}
     * @param document    supplies the bytes
     * @return the endpoint's URL
     */
    public URI serveDocument(String path, String contentType, Supplier<byte[]> document) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(document, "document");
        return publish(path, new Endpoint.Document(contentType, document));
    }

    /**
     * Sets the HTTP-level fault of an endpoint.
     *
     * @param path  the endpoint's path
     * @param fault the fault; {@link HttpFault#NONE} to answer normally again
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if nothing is published there
     */
    public void httpFault(String path, HttpFault fault) {
        endpoint(path).fault = Objects.requireNonNull(fault, "fault");
    }

    /**
     * Returns how many requests an endpoint has received.
     *
     * @param path the endpoint's path
     * @return the count
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if nothing is published there
     */
    public long requestCount(String path) {
        return endpoint(path).requests.get();
    }

    /** Stops the server at once and releases its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private URI publish(String path, Endpoint endpoint) {
        String key = normalise(path);
        Endpoint previous = endpoints.put(key, endpoint);
        if (previous != null) {
            endpoint.fault = previous.fault;
            endpoint.requests.set(previous.requests.get());
        }
        return baseUri.resolve(key);
    }

    private Endpoint endpoint(String path) {
        Endpoint endpoint = endpoints.get(normalise(path));
        if (endpoint == null) {
            throw TestPkiException.invalid("nothing is published at " + path);
        }
        return endpoint;
    }

    private static String normalise(String path) {
        Objects.requireNonNull(path, "path");
        String key = path.startsWith("/") ? path.substring(1) : path;
        if (key.isEmpty() || key.contains("..") || key.contains("?") || key.contains("#")) {
            throw TestPkiException.invalid("endpoint path must be a non-empty relative path, found \"" + path + "\"");
        }
        return key;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(1);
            Optional<Map.Entry<String, Endpoint>> match = find(path);
            if (match.isEmpty()) {
                Endpoint.refuse(exchange, 404);
                return;
            }
            Endpoint endpoint = match.get().getValue();
            endpoint.requests.incrementAndGet();
            Optional<byte[]> body;
            try {
                body = endpoint.answer(
                        exchange, path.substring(match.get().getKey().length()));
            } catch (RuntimeException e) {
                LOG.warn("the endpoint at {} failed; answering HTTP 500", path, e);
                Endpoint.refuse(exchange, 500);
                return;
            }
            if (body.isEmpty()) {
                return;
            }
            LOG.debug("{} {} answered with fault {}", exchange.getRequestMethod(), path, endpoint.fault);
            switch (endpoint.fault) {
                case SERVER_ERROR -> send(exchange, 500, "text/plain", new byte[0]);
                case MALFORMED_BODY ->
                    send(exchange, 200, endpoint.contentType(), "this is not DER".getBytes(StandardCharsets.US_ASCII));
                case TRUNCATED_BODY ->
                    send(exchange, 200, endpoint.contentType(), Arrays.copyOf(body.get(), body.get().length / 2));
                case STALLED_BODY -> stall(exchange, endpoint.contentType(), body.get());
                case NONE -> send(exchange, 200, endpoint.contentType(), body.get());
            }
        }
    }

    private Optional<Map.Entry<String, Endpoint>> find(String path) {
        Endpoint exact = endpoints.get(path);
        if (exact != null) {
            return Optional.of(Map.entry(path, exact));
        }
        return endpoints.entrySet().stream()
                .filter(e -> e.getValue() instanceof Endpoint.Ocsp && path.startsWith(e.getKey() + "/"))
                .findFirst();
    }

    /** Announces the whole body, sends half and waits until the server closes (which interrupts this thread). */
    private static void stall(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        try {
            Thread.sleep(STALL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** What is published at one path. */
    private abstract static class Endpoint {
        final AtomicLong requests = new AtomicLong();
        volatile HttpFault fault = HttpFault.NONE;

        abstract String contentType();

        /** Returns the body to send, or empty after answering an error itself. */
        abstract Optional<byte[]> answer(HttpExchange exchange, String rest) throws IOException;

        static final class Ocsp extends Endpoint {
            private final OcspResponder responder;

            Ocsp(OcspResponder responder) {
                this.responder = responder;
            }

            @Override
            String contentType() {
                return "application/ocsp-response";
            }

            @Override
            Optional<byte[]> answer(HttpExchange exchange, String rest) throws IOException {
                byte[] request;
                if ("POST".equals(exchange.getRequestMethod()) && rest.isEmpty()) {
                    Optional<byte[]> body = readBounded(exchange.getRequestBody());
                    if (body.isEmpty()) {
                        return refuse(exchange, 413);
                    }
                    request = body.get();
                } else if ("GET".equals(exchange.getRequestMethod())
                        && rest.length() > 1
                        && rest.length() <= 2 * MAX_REQUEST_BYTES) {
                    request = decodeGetRequest(rest.substring(1));
                } else {
                    return refuse(exchange, 405);
                }
                return Optional.of(responder.respond(request));
            }
        }

        static final class Crl extends Document {
            Crl(Supplier<byte[]> crl) {
                super("application/pkix-crl", crl);
            }
        }

        static class Document extends Endpoint {
            private final String contentType;
            private final Supplier<byte[]> document;

            Document(String contentType, Supplier<byte[]> document) {
                this.contentType = contentType;
                this.document = document;
            }

            @Override
            String contentType() {
                return contentType;
            }

            @Override
            Optional<byte[]> answer(HttpExchange exchange, String rest) throws IOException {
                return "GET".equals(exchange.getRequestMethod()) ? Optional.of(document.get()) : refuse(exchange, 405);
            }
        }

        /** Answers an HTTP error with an empty body; there is nothing left to send. */
        static Optional<byte[]> refuse(HttpExchange exchange, int status) throws IOException {
            send(exchange, status, "text/plain", new byte[0]);
            return Optional.empty();
        }

        /**
         * Decodes the path of an RFC 6960 GET request: percent-escapes are decoded, but a {@code +} stays a
         * {@code +} (it is a base64 character here, not a space). Anything undecodable yields an empty request,
         * which the responder answers as malformed.
         */
        private static byte[] decodeGetRequest(String rest) {
            StringBuilder base64 = new StringBuilder(rest.length());
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '%') {
                    if (i + 2 >= rest.length()) {
                        return new byte[0];
                    }
                    int high = Character.digit(rest.charAt(i + 1), 16);
                    int low = Character.digit(rest.charAt(i + 2), 16);
                    if (high < 0 || low < 0) {
                        return new byte[0];
                    }
                    base64.append((char) (high * 16 + low));
                    i += 2;
                } else {
                    base64.append(c);
                }
            }
            try {
                return Base64.getDecoder().decode(base64.toString());
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }

        private static Optional<byte[]> readBounded(InputStream in) throws IOException {
            byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            return body.length > MAX_REQUEST_BYTES ? Optional.empty() : Optional.of(body);
        }
    }

    @Override
    public String toString() {
        return "RevocationHttpServer[" + baseUri + ", " + endpoints.size() + " endpoints]";
    }
}
