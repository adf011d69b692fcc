package io.tscns.cms.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.console.internal.SecurityHeaders;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.simcard.IssuedCard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's server side over real HTTPS on a sandbox with the console mounted: every answer's headers (no-store,
 * the CSP, no sniffing, no framing), the assets, and the refusals of the papers endpoint (cross-site requests,
 * wrong method, media type, size, malformed bodies, a paper the activation does not print); and a paper printed from
 * a real activation of the API. The browser flow is {@link ConsoleBrowserIT}'s.
 */
class ConsoleServerTest {

    private static SimulatedCms cms;
    private static HttpClient http;
    private static String origin;

    @BeforeAll
    static void start() throws Exception {
        cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .mount(CmsConsole.mount())
                .start();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(cms.trustStore());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        http = HttpClient.newBuilder().sslContext(tls).build();
        origin = "https://localhost:" + cms.port();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(origin + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(origin + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The headers the console's own script sends: same origin, JSON, the console's header. */
    private static Map<String, String> fromConsole() {
        return Map.of(
                "Origin",
                origin,
                "Content-Type",
                "application/json",
                "X-Tscns-Console",
                "papers",
                "Sec-Fetch-Site",
                "same-origin");
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertEquals(
                "no-store",
                response.headers().firstValue("Cache-Control").orElse(""),
                response.uri().toString());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, csp);
        assertTrue(
                csp.contains("default-src 'none'")
                        && csp.contains("script-src 'self'")
                        && csp.contains("frame-ancestors 'none'")
                        && !csp.contains("unsafe-inline")
                        && !csp.contains("unsafe-eval"),
                csp);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(
                "no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String code) {
        assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("\"code\":\"" + code + "\""));
        assertSecurityHeaders(response);
    }

    @Test
    void theAssetsAreServedWithTheSecurityHeadersAndNoInlineScriptOrStyle() throws Exception {
        for (String path :
                List.of("/console/", "/console/console.js", "/console/console.css", "/console/favicon.svg")) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertSecurityHeaders(response);
        }
        String page = new String(get("/console/").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<script src=\"console.js\" defer></script>"));
        // The CSP forbids inline code: the page must have none, or it would not run.
        assertFalse(Pattern.compile("<script>|<script [^>]*>[^<]|<style|\\son[a-z]+=|style=")
                .matcher(page)
                .find());
        String script = new String(get("/console/console.js").body(), StandardCharsets.UTF_8);
        assertFalse(script.contains("localStorage.set")
                || script.contains("sessionStorage.set")
                || script.contains("document.cookie")
                || script.contains("innerHTML")
                || script.contains("eval("));
    }

    @Test
    void theConsoleWithoutItsSlashRedirectsAndUnknownPathsAreProblems() throws Exception {
        HttpResponse<byte[]> redirect = get("/console");
        assertEquals(308, redirect.statusCode());
        assertEquals("/console/", redirect.headers().firstValue("Location").orElse(""));
        assertSecurityHeaders(redirect);
        assertProblem(get("/console/assets/index.html"), 404, "not-found");
        assertProblem(get("/console/index.htm"), 404, "not-found");
        assertProblem(get("/console/papers/activation/ricevuta-attivazione"), 405, "method-not-allowed");
        HttpResponse<byte[]> asset = post("/console/console.js", "{}", fromConsole());
        assertProblem(asset, 405, "method-not-allowed");
        assertEquals("GET, HEAD", asset.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void theApiBesideTheConsoleIsUnchanged() throws Exception {
        HttpResponse<byte[]> api = get("/cms/v1/operators/me");
        assertEquals(401, api.statusCode());
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(api.headers().firstValue("Content-Security-Policy").isEmpty(), "the API's answers are its own");
    }

    @Test
    void aPaperIsRefusedToACrossSiteRequest() throws Exception {
        String path = "/console/papers/activation/ricevuta-attivazione";
        assertProblem(
                post(path, "{}", Map.of("Content-Type", "application/json", "X-Tscns-Console", "papers")),
                403,
                "cross-site-request");
        assertProblem(
                post(
                        path,
                        "{}",
                        Map.of(
                                "Origin",
                                "https://evil.example",
                                "Content-Type",
                                "application/json",
                                "X-Tscns-Console",
                                "papers")),
                403,
                "cross-site-request");
        assertProblem(
                post(
                        path,
                        "{}",
                        Map.of(
                                "Origin",
                                origin,
                                "Content-Type",
                                "application/json",
                                "X-Tscns-Console",
                                "papers",
                                "Sec-Fetch-Site",
                                "cross-site")),
                403,
                "cross-site-request");
        // What an HTML form of another page can send: a simple content type, no header of its own.
        assertProblem(
                post(path, "receipt=x", Map.of("Origin", origin, "Content-Type", "application/x-www-form-urlencoded")),
                403,
                "cross-site-request");
    }

    @Test
    void aPaperNeedsJsonWithinTheSizeAndAValidAnswerAndRequest() throws Exception {
        String path = "/console/papers/activation/ricevuta-attivazione";
        Map<String, String> headers = new java.util.HashMap<>(fromConsole());
        headers.put("Content-Type", "text/plain");
        assertProblem(post(path, "{}", headers), 415, "unsupported-media-type");
        assertProblem(
                post(path, "{\"receipt\":\"" + "x".repeat(70_000) + "\"}", fromConsole()), 413, "payload-too-large");
        assertProblem(post(path, "{not json", fromConsole()), 400, "malformed-papers");
        assertProblem(post(path, "{}", fromConsole()), 400, "malformed-papers");
        assertProblem(post("/console/papers/reprint", "[]", fromConsole()), 400, "malformed-papers");
        assertProblem(post("/console/papers/unknown", "{}", fromConsole()), 404, "not-found");
    }

    /** Activates a seeded card through the API and returns what the console's script sends to print its papers. */
    private static String activatedPapers(IssuedCard card) throws Exception {
        String session = json(
                post(
                        "/cms/v1/sessions",
                        "{\"operatorId\":\"pharmacy-1\",\"token\":\""
                                + new String(cms.operator("pharmacy-1").token()) + "\"}",
                        Map.of("Content-Type", "application/json")),
                "sessionToken");
        Map<String, String> api = Map.of(
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + session,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        String expiry =
                card.personalData().data().parsedExpiryDate().orElseThrow().toString();
        String identified = new String(
                post(
                                "/cms/v1/cards/identify",
                                "{\"codiceFiscale\":\""
                                        + card.codiceFiscale().value() + "\",\"teamNumber\":\""
                                        + card.teamNumber().value()
                                        + "\",\"expiryDate\":\"" + expiry + "\"}",
                                api)
                        .body(),
                StandardCharsets.UTF_8);
        String holder = identified.substring(
                identified.indexOf("\"holder\":") + 9, identified.indexOf(",\"identificationRef\""));
        String request = "{\"holder\":\"" + card.codiceFiscale().value() + "\",\"cardExpiry\":\"" + expiry
                + "\",\"applicant\":{\"mode\":\"DIRECT\",\"document\":{\"document\":{\"type\":\"PASSPORT\","
                + "\"number\":\"YA1234567\",\"issuingBody\":\"Questura di Roma\",\"issueDate\":\"2021-01-01\","
                + "\"expiryDate\":\"2031-01-01\"},\"unchangedDataDeclaration\":false}},\"supportingDocuments\":[],"
                + "\"channel\":{\"kind\":\"SMS\",\"address\":\"+393331234567\"},\"privacyConsent\":true,"
                + "\"fseConsents\":[],\"identificationRef\":\"" + json(identified, "identificationRef") + "\"}";
        HttpResponse<byte[]> activation = post(
                "/cms/v1/cards/" + card.cardId().value() + "/activation",
                request,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Bearer " + session,
                        "Idempotency-Key",
                        UUID.randomUUID().toString()));
        assertEquals(201, activation.statusCode(), () -> new String(activation.body(), StandardCharsets.UTF_8));
        return "{\"receipt\":" + new String(activation.body(), StandardCharsets.UTF_8) + ",\"holder\":" + holder
                + ",\"request\":" + request + "}";
    }

    @Test
    void anActivationsPapersArePrintedFromTheApisAnswerAndOnlyThoseItHas() throws Exception {
        String papers = activatedPapers(cms.issuedCards().get(0));
        HttpResponse<byte[]> receipt = post("/console/papers/activation/ricevuta-attivazione", papers, fromConsole());
        assertEquals(200, receipt.statusCode(), () -> new String(receipt.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII));
        assertSecurityHeaders(receipt);
        assertEquals(
                200,
                post("/console/papers/activation/richiesta-attivazione", papers, fromConsole())
                        .statusCode());
        // The holder came in person: no delegate's declaration to print.
        assertProblem(
                post("/console/papers/activation/dichiarazione-delegato", papers, fromConsole()),
                404,
                "paper-not-applicable");
    }

    @Test
    void noHalfOfAPaperReachesTheLogsEvenAtDebug() throws Exception {
        String papers = activatedPapers(cms.issuedCards().get(1));
        String halves = papers.substring(
                papers.indexOf("\"counterHalves\":"), papers.indexOf('}', papers.indexOf("\"counterHalves\":")) + 1);
        ch.qos.logback.classic.Logger tscns =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.tscns");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events =
                new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        ch.qos.logback.classic.Level before = tscns.getLevel();
        tscns.setLevel(ch.qos.logback.classic.Level.DEBUG);
        tscns.addAppender(events);
        try {
            assertEquals(
                    200,
                    post("/console/papers/activation/ricevuta-attivazione", papers, fromConsole())
                            .statusCode());
            // A refused body (an unknown field beside the halves) and a broken one.
            assertEquals(
                    400,
                    post(
                                    "/console/papers/activation/ricevuta-attivazione",
                                    papers.replace("{\"receipt\":", "{\"extra\":1,\"receipt\":"),
                                    fromConsole())
                            .statusCode());
            assertEquals(
                    400,
                    post("/console/papers/reprint", papers.substring(0, papers.length() / 2), fromConsole())
                            .statusCode());
        } finally {
            tscns.detachAppender(events);
            tscns.setLevel(before);
        }
        for (ch.qos.logback.classic.spi.ILoggingEvent event : events.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                            ? ""
                            : event.getThrowableProxy().getMessage());
            assertFalse(text.contains(halves) || text.contains("counterHalves"), text);
        }
    }

    @Test
    void theReadmeExampleMountsTheConsoleOnASandbox() {
        URI console;
        // tag::mount[]
        try (SimulatedCms cms = SimulatedCms.builder().withDefaultPopulation().mount(CmsConsole.mount()).start()) {
            console = cms.baseUri().resolve(CmsConsole.PATH);      // https://localhost:<port>/console/
        }
        // end::mount[]
        assertTrue(console.toString().matches("https://localhost:\\d+/console/"), console.toString());
    }

    private static String json(HttpResponse<byte[]> response, String field) {
        return json(new String(response.body(), StandardCharsets.UTF_8), field);
    }

    private static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }
}
