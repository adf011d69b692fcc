package io.tscns.cms.client.internal;

import io.tscns.cms.client.CmsHttpRequest;
import io.tscns.cms.client.CmsHttpResponse;
import io.tscns.cms.client.CmsTransport;
import io.tscns.cms.client.CmsTransportException;
import io.tscns.cms.client.CmsTransportException.Kind;
import io.tscns.core.TscnsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.net.ssl.SSLHandshakeException;

/**
 * The default {@link CmsTransport}: {@code java.net.http.HttpClient} over HTTP/1.1, no redirects, the request's
 * timeout bounding the whole exchange (headers and body), responses read up to a byte limit, on the calling thread.
 * Thread-safe.
 */
public final class JdkHttpTransport implements CmsTransport {

    private final HttpClient client;
    private final int maxResponseBytes;

    /**
     * Creates the transport.
     *
     * @param client           the configured HTTP client (TLS context, connect timeout)
     * @param maxResponseBytes the largest body read
     */
    public JdkHttpTransport(HttpClient client, int maxResponseBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public CmsHttpResponse exchange(CmsHttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().forEach(builder::header);
        if (request.method().equals("GET")) {
            builder.GET();
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        // The request's timeout bounds the whole exchange: HttpRequest.timeout covers the wait for the response
        // headers, and the body subscriber's deadline (the same instant) the body, so a server that stalls mid-body
        // cannot hang the caller. The exchange runs on the calling thread with send(): sendAsync hands every
        // response to CompletableFuture's default executor, which on a machine with two cores or fewer (a pharmacy
        // PC) starts a new thread per call.
        long deadline = System.nanoTime() + request.timeout().toNanos();
        try {
            HttpResponse<byte[]> response = client.send(
                    builder.build(),
                    info -> new BoundedBodySubscriber(maxResponseBytes, Deadlines.TIMER, deadline - System.nanoTime()));
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
            return new CmsHttpResponse(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw failure(e, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CmsTransportException(Kind.INTERRUPTED, "interrupted");
        }
    }

    /** The one timer thread of every transport's body deadlines: a daemon, so it never keeps a JVM alive. */
    private static final class Deadlines {
        static final ScheduledExecutorService TIMER = timer();

        private static ScheduledExecutorService timer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "tscns-cms-body-deadline");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    /** Maps what send() threw; it re-throws the exchange's failure as a copy, with the original as its cause. */
    private CmsTransportException failure(IOException cause, CmsHttpRequest request) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBodySubscriber.TooLarge) {
                return new CmsTransportException(
                        Kind.RESPONSE_TOO_LARGE, "response body larger than " + maxResponseBytes + " bytes");
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new CmsTransportException(Kind.CONNECT_FAILED, "connect timeout");
        }
        if (cause instanceof HttpTimeoutException) {
            return new CmsTransportException(Kind.TIMEOUT, "no response within " + request.timeout());
        }
        if (cause instanceof ConnectException) {
            return new CmsTransportException(Kind.CONNECT_FAILED, "connection refused or unreachable");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // The operator's key raised its own typed error while signing the handshake (a card's PIN).
            if (t instanceof TscnsException credential) {
                return new CmsTransportException(
                        "the operator's key could not sign the TLS handshake ("
                                + credential.getClass().getSimpleName() + ")",
                        credential);
            }
        }
        if (cause instanceof SSLHandshakeException) {
            return new CmsTransportException(Kind.TLS_FAILURE, "TLS handshake failed");
        }
        return new CmsTransportException(
                Kind.CONNECTION_DROPPED,
                "connection closed before a complete response ("
                        + cause.getClass().getSimpleName() + ")");
    }
}
