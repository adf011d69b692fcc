package io.tscns.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.testpki.CrlReason;
import io.tscns.testpki.HttpFault;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust and revocation kept fresh while the application runs, against the test CA's HTTP endpoint: a CRL replaced
 * there is picked up by the background refresh without a restart and the revoked card is refused within one refresh
 * interval; with the endpoint down past the CRL's nextUpdate the health turns DOWN, and a hard-fail instance refuses
 * logins while a soft-fail one lets them in, saying revocation is unknown.
 */
class FreshnessIT {

    private static final Duration REFRESH = Duration.ofSeconds(2);

    @TempDir
    static Path directory;

    private static RevocationHttpServer revocation;
    private static TestPki pki;
    private static TestCa toscana;
    /** How long the CRLs the CA publishes from now on stay valid. */
    private static final AtomicReference<Duration> CRL_VALIDITY = new AtomicReference<>(Duration.ofDays(1));

    private static ExampleApps.App hard;
    private static ExampleApps.App soft;

    @BeforeAll
    static void start() throws Exception {
        revocation = RevocationHttpServer.start();
        pki = TestPki.builder().urlBase(revocation.baseUri()).build();
        toscana = pki.issuingCa(TestIssuer.TOSCANA);
        revocation.serveCrl(TestPki.crlPath(TestIssuer.TOSCANA), () -> {
            Instant now = Instant.now();
            return toscana.signCrl(
                    toscana.crl().updates(now, now.plus(CRL_VALIDITY.get())).build());
        });
        Path trust = ExampleApps.trustDirectory(directory, toscana);
        Map<String, String> common = Map.of(
                "tscns.auth.revocation.crls",
                revocation
                        .baseUri()
                        .resolve(TestPki.crlPath(TestIssuer.TOSCANA))
                        .toString(),
                "tscns.auth.revocation.refresh-interval",
                REFRESH.toMillis() + "ms",
                "tscns.auth.revocation.retry-interval",
                "500ms",
                "tscns.auth.proxy.trusted",
                "127.0.0.1/32");
        hard = ExampleApps.start(trust, with(common, "tscns.auth.revocation.fail-mode", "hard"));
        soft = ExampleApps.start(trust, with(common, "tscns.auth.revocation.fail-mode", "soft"));
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(base);
        all.put(key, value);
        return all;
    }

    @AfterAll
    static void stop() {
        ExampleApps.closeAll(hard, soft, revocation);
    }

    private static HttpResponse<String> login(ExampleApps.App app, TestCredential card) throws Exception {
        return ExampleApps.getAsProxy(app, "/", Optional.of(card.certificate()));
    }

    private static HttpResponse<String> health(ExampleApps.App app) throws Exception {
        return ExampleApps.getAsProxy(app, "/actuator/health", Optional.empty());
    }

    /** Polls until a condition holds, at most the given time; returns how long it took. */
    private static Duration await(Duration limit, Check check) throws Exception {
        long start = System.nanoTime();
        while (!check.holds()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static Predicate<HttpResponse<String>> refusedWith(String code) {
        return response -> response.statusCode() == 401 && response.body().contains("\"code\":\"" + code + "\"");
    }

    @Test
    void aReplacedCrlIsPickedUpByTheRefreshAndStalenessFollowsTheFailMode() throws Exception {
        TestCredential card = pki.cnsCredential(TestIssuer.TOSCANA, ExampleApps.HOLDER);
        assertEquals(200, login(hard, card).statusCode());
        assertEquals(200, health(hard).statusCode(), health(hard).body());

        toscana.revoke(card.certificate(), Instant.now().minusSeconds(1), CrlReason.KEY_COMPROMISE);
        Duration seen =
                await(REFRESH.plusSeconds(5), () -> refusedWith("revoked").test(login(hard, card)));
        System.out.println("the revocation was refused " + seen.toMillis() + " ms after the CRL changed (refresh "
                + "interval " + REFRESH.toMillis() + " ms)");
        assertTrue(seen.compareTo(REFRESH.plusSeconds(5)) <= 0);

        TestCredential other = pki.cnsCredential(TestIssuer.TOSCANA, ExampleApps.HOLDER);
        CRL_VALIDITY.set(Duration.ofSeconds(4));
        // Both instances hold a CRL that is due in four seconds; then the endpoint goes down.
        await(
                REFRESH.plusSeconds(10),
                () -> health(hard).body().contains("\"nextUpdate\"")
                        && nextUpdateWithin(health(hard).body(), Duration.ofSeconds(5))
                        && nextUpdateWithin(health(soft).body(), Duration.ofSeconds(5)));
        revocation.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.SERVER_ERROR);
        await(
                Duration.ofSeconds(20),
                () -> health(hard).statusCode() == 503 && health(soft).statusCode() == 503);
        assertTrue(health(hard).body().contains("\"DOWN\""), health(hard).body());
        assertTrue(health(hard).body().contains("HTTP 500"), health(hard).body());

        HttpResponse<String> refused = login(hard, other);
        assertTrue(refusedWith("revocation-unknown").test(refused), refused.body());
        HttpResponse<String> accepted = login(soft, other);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("RSSMRA80A01H501U"));
    }

    private static boolean nextUpdateWithin(String health, Duration limit) {
        String next = ExampleApps.field(health, "nextUpdate");
        return Instant.parse(next).isBefore(Instant.now().plus(limit));
    }
}
