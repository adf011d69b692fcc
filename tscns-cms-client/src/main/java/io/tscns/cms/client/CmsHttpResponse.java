package io.tscns.cms.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response, as a {@link CmsTransport} returns it: status, headers (names matched case-insensitively, first
 * value of each) and the body, already bounded by the transport. The body may hold secrets (the counter halves of a
 * receipt): the client wipes it after decoding; {@link #toString()} never shows it.
 *
 * @param status  the HTTP status
 * @param headers the headers
 * @param body    the body bytes
 * @since 0.1.0
 */
public record CmsHttpResponse(int status, Map<String, String> headers, byte[] body) {

    /** Checks the components and indexes the headers by lower-case name. */
    public CmsHttpResponse {
        Map<String, String> lower = new TreeMap<>();
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(lower);
        Objects.requireNonNull(body, "body");
    }

    /**
     * Returns a header.
     *
     * @param name the name, any case
     * @return the first value, or empty
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Overwrites the body with zeros. */
    public void wipe() {
        Arrays.fill(body, (byte) 0);
    }

    @Override
    public String toString() {
        return "CmsHttpResponse[" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
