package io.tscns.auth.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Fetches CRLs and OCSP answers over HTTP (<i>trasporto HTTP dei dati di revoca</i>) with the JDK's {@link HttpClient},
 * with a timeout on every exchange and a bound on OCSP answers. Only {@code http} and {@code https} URLs are followed;
 * redirects are not.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class HttpRevocationTransport implements RevocationTransport {

    /** The largest OCSP answer read. */
    public static final int MAX_OCSP_RESPONSE = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    /**
     * Creates a transport.
     *
     * @param timeout the connect and exchange timeout
     */
    public HttpRevocationTransport(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public InputStream get(URI location) throws IOException {
        HttpResponse<InputStream> response = send(
                HttpRequest.newBuilder(checked(location)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public byte[] postOcsp(URI location, byte[] request) throws IOException {
        HttpResponse<InputStream> response = send(
                HttpRequest.newBuilder(checked(location))
                        .timeout(timeout)
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] answer = body.readNBytes(MAX_OCSP_RESPONSE + 1);
            if (answer.length > MAX_OCSP_RESPONSE) {
                throw new IOException("OCSP answer larger than " + MAX_OCSP_RESPONSE + " bytes");
            }
            return answer;
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return client.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static URI checked(URI location) throws IOException {
        String scheme = location.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IOException("not an HTTP URL: " + location);
        }
        return location;
    }
}
