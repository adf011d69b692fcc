package io.tscns.cms.client.internal;

import io.tscns.cms.client.CmsHttpRequest;
import io.tscns.cms.client.CmsHttpResponse;
import io.tscns.cms.client.CmsTransport;
import io.tscns.cms.client.CmsTransportException;
import io.tscns.cms.client.CmsTransportException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLHandshakeException;

/**
 * The default {@link CmsTransport}: {@code java.net.http.HttpClient} over HTTP/1.1, no redirects, the request's
 * timeout, responses read up to a byte limit. Thread-safe.
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
        try {
            HttpResponse<InputStream> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(maxResponseBytes + 1);
            }
            if (body.length > maxResponseBytes) {
                java.util.Arrays.fill(body, (byte) 0);
                throw new CmsTransportException(Kind.RESPONSE_TOO_LARGE,
                        "response body larger than " + maxResponseBytes + " bytes");
            }
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> {
                List<String> v = values;
                if (!v.isEmpty()) {
                    headers.put(name, v.get(0));
                }
            });
            return new CmsHttpResponse(response.statusCode(), headers, body);
        } catch (HttpConnectTimeoutException e) {
            throw new CmsTransportException(Kind.CONNECT_FAILED, "connect timeout");
        } catch (HttpTimeoutException e) {
            throw new CmsTransportException(Kind.TIMEOUT, "no response within " + request.timeout());
        } catch (ConnectException e) {
            throw new CmsTransportException(Kind.CONNECT_FAILED, "connection refused or unreachable");
        } catch (SSLHandshakeException e) {
            throw new CmsTransportException(Kind.TLS_FAILURE, "TLS handshake failed");
        } catch (IOException e) {
            throw new CmsTransportException(Kind.CONNECTION_DROPPED, "connection closed before a complete response ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CmsTransportException(Kind.INTERRUPTED, "interrupted");
        }
    }
}
