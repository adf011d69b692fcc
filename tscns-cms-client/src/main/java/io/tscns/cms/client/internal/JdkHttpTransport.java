package io.tscns.cms.client.internal;

import io.tscns.cms.client.CmsHttpRequest;
import io.tscns.cms.client.CmsHttpResponse;
import io.tscns.cms.client.CmsTransport;
import io.tscns.cms.client.CmsTransportException;
import io.tscns.cms.client.CmsTransportException.Kind;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The default {@link CmsTransport}: {@code java.net.http.HttpClient} over HTTP/1.1, no redirects, the request's
 * timeout bounding the whole exchange (headers and body), responses read up to a byte limit. Thread-safe.
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
        // The request's timeout bounds the whole exchange, body included: HttpRequest.timeout alone only covers the
        // wait for the response headers, and a server that stalls mid-body must not hang the caller.
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(builder.build(),
                info -> new BoundedBodySubscriber(maxResponseBytes));
        try {
            HttpResponse<byte[]> response = pending.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
            return new CmsHttpResponse(response.statusCode(), headers, response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new CmsTransportException(Kind.TIMEOUT, "no complete response within " + request.timeout());
        } catch (ExecutionException e) {
            throw failure(e.getCause(), request);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CmsTransportException(Kind.INTERRUPTED, "interrupted");
        }
    }

    private CmsTransportException failure(Throwable cause, CmsHttpRequest request) {
        if (cause instanceof BoundedBodySubscriber.TooLarge) {
            return new CmsTransportException(Kind.RESPONSE_TOO_LARGE,
                    "response body larger than " + maxResponseBytes + " bytes");
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
        if (cause instanceof SSLHandshakeException) {
            return new CmsTransportException(Kind.TLS_FAILURE, "TLS handshake failed");
        }
        if (cause instanceof IOException) {
            return new CmsTransportException(Kind.CONNECTION_DROPPED, "connection closed before a complete response ("
                    + cause.getClass().getSimpleName() + ")");
        }
        return new CmsTransportException(Kind.CONNECTION_DROPPED, "the HTTP exchange failed ("
                + (cause == null ? "no cause" : cause.getClass().getSimpleName()) + ")");
    }
}
