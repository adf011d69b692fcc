package io.tscns.cms.client;

import static io.tscns.cms.client.CmsFixtures.CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.tscns.cms.client.CmsTransportException.Kind;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.core.lifecycle.CardState;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default {@code java.net.http} transport against the JDK's HTTP server on the loopback interface: headers on
 * the wire, bounded bodies, timeouts, dropped and refused connections, each as the typed failure the retry logic
 * expects.
 */
class JdkHttpTransportTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private URI start(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.getRequestHeaders().forEach((k, v) -> lastHeaders.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            handler.handle(exchange);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private CmsClientBuilder client(URI uri) {
        return CmsClient.builder()
                .baseUri(uri)
                .credentials(CmsFixtures.mutualTls())
                .sleeper(d -> {})
                .requestTimeout(Duration.ofSeconds(10));
    }

    @Test
    void headersAndBodiesCrossTheWire() throws IOException {
        URI uri = start(exchange -> {
            exchange.getRequestBody().readAllBytes();
            send(exchange, 200, "application/json", CmsJson.encode(CmsFixtures.status(CardState.SUSPENDED)));
        });
        CmsClient client = client(uri).build();
        assertEquals(
                CardState.SUSPENDED,
                client.suspendCard(CARD, new io.tscns.cms.protocol.LifecycleRequest(java.util.Optional.empty()))
                        .state());
        assertEquals("application/json", lastHeaders.get("content-type"));
        assertTrue(lastHeaders.containsKey("idempotency-key"));
        assertTrue(lastHeaders.containsKey("x-request-id"));
    }

    /**
     * The module's tests run with a common pool of parallelism 1, as on a machine with two cores or fewer (see the
     * surefire argLine): there, {@code HttpClient.sendAsync} hands each response to a new thread.
     */
    @Test
    void callsRunOnTheCallersThreadWithoutStartingAThreadEach() throws IOException {
        URI uri = start(exchange ->
                send(exchange, 200, "application/json", CmsJson.encode(CmsFixtures.status(CardState.ACTIVE))));
        CmsClient client = client(uri).build();
        client.getCard(CARD);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();
        for (int i = 0; i < 50; i++) {
            assertEquals(CardState.ACTIVE, client.getCard(CARD).state());
        }
        long started = threads.getTotalStartedThreadCount() - before;
        assertTrue(started < 10, "threads started by 50 sequential calls: " + started);
    }

    @Test
    void problemDocumentsOverTheWireMapToTypedErrors() throws IOException {
        URI uri = start(exchange -> send(
                exchange,
                404,
                "application/problem+json",
                CmsJson.encode(ProblemDocument.of(ProblemCode.CARD_NOT_FOUND, "no card", "/cms/v1/cards/x", "r"))));
        assertThrows(CmsNotFoundException.class, () -> client(uri).build().getCard(CARD));
        assertEquals(1, hits.get());
    }

    @Test
    void oversizedResponsesAreCutOffAndNotRetried() throws IOException {
        URI uri = start(exchange -> send(exchange, 200, "application/json", new byte[64 * 1024]));
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> client(uri).maxResponseBytes(4096).build().getCard(CARD));
        assertEquals(
                Kind.RESPONSE_TOO_LARGE,
                assertInstanceOf(CmsTransportException.class, e.getCause()).kind());
        assertEquals(1, hits.get());
    }

    @Test
    void aSlowServerTimesOutAndIsRetried() throws IOException {
        URI uri = start(exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> client(uri)
                        .requestTimeout(Duration.ofMillis(300))
                        .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1, 0))
                        .build()
                        .getCard(CARD));
        assertEquals(
                Kind.TIMEOUT,
                assertInstanceOf(CmsTransportException.class, e.getCause()).kind());
        assertEquals(2, e.attempts());
    }

    @Test
    void aServerThatStallsMidBodyTimesOutInsteadOfHangingTheCaller() throws IOException {
        URI uri = start(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"cardId\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            exchange.getResponseBody().flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        CmsUnavailableException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(30), // a guard against the hang this test is about, not a speed claim
                () -> assertThrows(
                        CmsUnavailableException.class,
                        () -> client(uri)
                                .requestTimeout(Duration.ofMillis(300))
                                .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1, 0))
                                .build()
                                .getCard(CARD)));
        assertEquals(
                Kind.TIMEOUT,
                assertInstanceOf(CmsTransportException.class, e.getCause()).kind());
        assertEquals(2, e.attempts());
    }

    @Test
    void aDroppedConnectionIsRetriedThenReported() throws IOException {
        URI uri = start(HttpExchange::close);
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> client(uri)
                        .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1, 0))
                        .build()
                        .activateCard(CARD, CmsFixtures.activation()));
        assertEquals(
                Kind.CONNECTION_DROPPED,
                assertInstanceOf(CmsTransportException.class, e.getCause()).kind());
        assertEquals(3, hits.get());
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() throws IOException {
        URI uri = start(exchange -> send(exchange, 200, "application/json", new byte[0]));
        server.stop(0);
        server = null;
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> client(uri)
                        .retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1, 0))
                        .build()
                        .getCard(CARD));
        assertEquals(
                Kind.CONNECT_FAILED,
                assertInstanceOf(CmsTransportException.class, e.getCause()).kind());
        assertEquals("retries-exhausted", e.code());
    }
}
