package io.tscns.cms.client;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request of the CMS protocol, as the client hands it to a {@link CmsTransport}. The body may hold secrets
 * (a CIP, a personal token): the client wipes it with {@link #wipe()} once the exchange is over, and
 * {@link #toString()} shows neither the body nor the {@code Authorization} header.
 *
 * @param method  {@code GET} or {@code POST}
 * @param uri     the absolute URI
 * @param headers the headers, names as the protocol writes them
 * @param body    the JSON body; empty for a GET
 * @param timeout the time allowed for the whole exchange
 * @since 0.1.0
 */
public record CmsHttpRequest(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {

    /** Checks and copies the components (the body array is kept, so that {@link #wipe()} reaches it). */
    public CmsHttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Overwrites the body with zeros. */
    public void wipe() {
        Arrays.fill(body, (byte) 0);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(headers);
        shown.replaceAll((name, value) -> name.equalsIgnoreCase("Authorization") ? "[redacted]" : value);
        return "CmsHttpRequest[" + method + " " + uri.getRawPath() + ", headers=" + shown + ", body=" + body.length
                + " bytes]";
    }
}
