package io.tscns.keycloak.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A citizen's browser for the OIDC authorization-code flow: its own cookies (a new browser has no Keycloak session),
 * redirects followed by hand until Keycloak sends it back to the client's redirect URI with a code, or stops on a
 * page. Every request is bounded in time.
 */
final class Browser {

    static final String CLIENT_ID = "portal";
    static final String REDIRECT_URI = "https://portal.example/callback";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Map<String, String> headers;

    /**
     * Creates a browser.
     *
     * @param tls     the TLS context (the card), or {@code null} for plain HTTP
     * @param headers headers sent with every request
     */
    Browser(SSLContext tls, Map<String, String> headers) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
        this.headers = Map.copyOf(headers);
    }

    /** Where the login ended: a code for the client, or a page. */
    record Outcome(int status, String body, Optional<String> code) {}

    /** Starts a login at the realm's authorization endpoint and follows it. */
    Outcome login(URI realm) throws IOException, InterruptedException {
        URI uri = URI.create(realm + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        CLIENT_ID,
                        "response_type",
                        "code",
                        "scope",
                        "openid",
                        "redirect_uri",
                        REDIRECT_URI,
                        "state",
                        "s1")));
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Outcome(response.statusCode(), response.body(), Optional.empty());
            }
            URI next = uri.resolve(location.get());
            if (next.toString().startsWith(REDIRECT_URI)) {
                return new Outcome(
                        response.statusCode(),
                        "",
                        query(next).entrySet().stream()
                                .filter(e -> e.getKey().equals("code"))
                                .map(Map.Entry::getValue)
                                .findFirst());
            }
            uri = next;
        }
        throw new IOException("more than 10 redirects from " + realm);
    }

    /** Exchanges a code for tokens and returns the access token's claims. */
    JsonNode exchange(URI realm, String code) throws IOException, InterruptedException {
        JsonNode tokens = post(
                URI.create(realm + "/protocol/openid-connect/token"),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT_URI,
                        "client_id",
                        CLIENT_ID));
        String[] parts = tokens.path("access_token").asText().split("\\.");
        if (parts.length != 3) {
            throw new IOException("no access token: " + tokens);
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** Posts a form and reads the JSON answer, failing on a status other than 200. */
    JsonNode post(URI uri, Map<String, String> fields) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Gets JSON with a bearer token, failing on a status other than 200. */
    JsonNode get(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri)
                        .timeout(TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(
                        Optional.ofNullable(uri.getRawQuery()).orElse("").split("&"))
                .filter(p -> p.contains("="))
                .collect(Collectors.toMap(
                        p -> p.substring(0, p.indexOf('=')),
                        p -> java.net.URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8),
                        (a, b) -> a));
    }
}
