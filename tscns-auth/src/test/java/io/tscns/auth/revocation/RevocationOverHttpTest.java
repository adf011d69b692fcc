package io.tscns.auth.revocation;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.HttpFault;
import io.tscns.testpki.OcspFault;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CRL distribution points and OCSP responders served over HTTP by the test kit, with its faults. */
class RevocationOverHttpTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static RevocationHttpServer server;
    private static TestPki pki;
    private static TestCa ca;
    private static final HttpRevocationTransport HTTP = new HttpRevocationTransport(Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        server = RevocationHttpServer.start();
        pki = TestPki.builder().clock(CLOCK).urlBase(server.baseUri()).build();
        pki.publish(server);
        ca = pki.issuingCa(TestIssuer.TOSCANA);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static X509Certificate issue() {
        return ca.issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
    }

    private static OcspRevocationChecker ocsp() {
        return new OcspRevocationChecker(HTTP, FreshnessPolicy.DEFAULT, CLOCK);
    }

    private static String ocspPath() {
        return TestPki.ocspPath(TestIssuer.TOSCANA);
    }

    private static void respondWith(OcspFault fault) {
        server.serveOcsp(
                ocspPath(),
                ca.ocspResponder(pki.ocspResponderCredential(TestIssuer.TOSCANA))
                        .withFault(fault));
    }

    @Test
    void ocspGoodAndRevokedThroughADelegatedResponder() {
        respondWith(OcspFault.NONE);
        X509Certificate good = issue();
        X509Certificate revoked = issue();
        ca.revoke(revoked, NOW.minusSeconds(5), CrlReason.SUPERSEDED);
        assertEquals(
                new RevocationStatus.Good(RevocationStatus.Source.OCSP, NOW), ocsp().check(good, ca.certificate()));
        assertEquals(
                new RevocationStatus.Revoked(
                        RevocationStatus.Source.OCSP, NOW.minusSeconds(5), Optional.of(CRLReason.SUPERSEDED)),
                ocsp().check(revoked, ca.certificate()));
    }

    @Test
    void ocspSignedByTheCaItselfIsAccepted() {
        server.serveOcsp(ocspPath(), ca.ocspResponder());
        assertInstanceOf(RevocationStatus.Good.class, ocsp().check(issue(), ca.certificate()));
        respondWith(OcspFault.NONE);
    }

    @Test
    void ocspAnswersAreCachedUntilTheyExpire() {
        respondWith(OcspFault.NONE);
        OcspRevocationChecker checker = ocsp();
        X509Certificate certificate = issue();
        long before = server.requestCount(ocspPath());
        checker.check(certificate, ca.certificate());
        checker.check(certificate, ca.certificate());
        assertEquals(before + 1, server.requestCount(ocspPath()));
    }

    @Test
    void everyOcspFaultIsUnknownWithItsReason() {
        X509Certificate certificate = issue();
        for (OcspFault fault : OcspFault.values()) {
            if (fault == OcspFault.NONE) {
                continue;
            }
            respondWith(fault);
            RevocationStatus status = ocsp().check(certificate, ca.certificate());
            Unavailability cause = assertInstanceOf(RevocationStatus.Unknown.class, status, fault.name())
                    .cause();
            if (fault == OcspFault.STALE) {
                assertInstanceOf(Unavailability.Stale.class, cause, fault.name());
            } else {
                assertInstanceOf(Unavailability.InvalidData.class, cause, fault.name());
            }
        }
        respondWith(OcspFault.NONE);
    }

    @Test
    void httpFaultsAreUnknown() {
        respondWith(OcspFault.NONE);
        X509Certificate certificate = issue();
        for (HttpFault fault :
                new HttpFault[] {HttpFault.SERVER_ERROR, HttpFault.MALFORMED_BODY, HttpFault.TRUNCATED_BODY}) {
            server.httpFault(ocspPath(), fault);
            assertInstanceOf(RevocationStatus.Unknown.class, ocsp().check(certificate, ca.certificate()));
        }
        server.httpFault(ocspPath(), HttpFault.NONE);
    }

    @Test
    void crlFromTheDistributionPointWithCacheAndFaults() {
        CrlRevocationChecker checker =
                new CrlRevocationChecker(Optional.of(HTTP), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
        X509Certificate good = issue();
        X509Certificate revoked = issue();
        ca.revoke(revoked, NOW.minusSeconds(3), CrlReason.CESSATION_OF_OPERATION);
        String crlPath = TestPki.crlPath(TestIssuer.TOSCANA);
        long before = server.requestCount(crlPath);
        assertInstanceOf(RevocationStatus.Good.class, checker.check(good, ca.certificate()));
        assertInstanceOf(RevocationStatus.Revoked.class, checker.check(revoked, ca.certificate()));
        assertEquals(before + 1, server.requestCount(crlPath), "the CRL is fetched once and cached");

        for (HttpFault fault :
                new HttpFault[] {HttpFault.SERVER_ERROR, HttpFault.MALFORMED_BODY, HttpFault.TRUNCATED_BODY}) {
            server.httpFault(crlPath, fault);
            CrlRevocationChecker fresh =
                    new CrlRevocationChecker(Optional.of(HTTP), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
            Unavailability cause = assertInstanceOf(RevocationStatus.Unknown.class, fresh.check(good, ca.certificate()))
                    .cause();
            Class<? extends Unavailability> expected = fault == HttpFault.SERVER_ERROR
                    ? Unavailability.FetchFailed.class
                    : Unavailability.InvalidData.class;
            assertInstanceOf(expected, cause, fault.name());
        }
        server.httpFault(crlPath, HttpFault.NONE);
    }

    @Test
    void aDistributionPointAndResponderThatRefuseConnectionsSaySo() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        TestPki nowhere = TestPki.builder()
                .clock(CLOCK)
                .urlBase(URI.create("http://127.0.0.1:" + closed + "/"))
                .build();
        X509Certificate certificate = nowhere.issuingCa(TestIssuer.TOSCANA)
                .issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
        X509Certificate issuer = nowhere.issuingCa(TestIssuer.TOSCANA).certificate();
        RevocationChecker crl =
                new CrlRevocationChecker(Optional.of(HTTP), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
        for (RevocationChecker checker : List.of(crl, ocsp())) {
            Unavailability cause = assertInstanceOf(RevocationStatus.Unknown.class, checker.check(certificate, issuer))
                    .cause();
            String detail =
                    assertInstanceOf(Unavailability.FetchFailed.class, cause).detail();
            // The reason, not the exception's name (it was "ConnectException: null").
            assertEquals("connection refused", detail);
        }
    }

    @Test
    void crlThenOcsp() {
        respondWith(OcspFault.NONE);
        CrlRevocationChecker noCrl =
                new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
        RevocationChecker both = noCrl.orElse(ocsp());
        assertEquals(
                RevocationStatus.Source.OCSP,
                assertInstanceOf(RevocationStatus.Good.class, both.check(issue(), ca.certificate()))
                        .source());
    }

    @Test
    void freshnessPolicyRules() {
        FreshnessPolicy policy =
                new FreshnessPolicy(Duration.ofHours(1), Duration.ofMinutes(10), Duration.ofMinutes(5));
        assertEquals(true, policy.isUsable(NOW, Optional.of(NOW.plusSeconds(60)), NOW.plusSeconds(60 + 599)));
        assertEquals(false, policy.isUsable(NOW, Optional.of(NOW.plusSeconds(60)), NOW.plusSeconds(60 + 601)));
        assertEquals(false, policy.isUsable(NOW.plus(Duration.ofMinutes(6)), Optional.empty(), NOW));
        assertEquals(true, policy.isUsable(NOW, Optional.empty(), NOW.plus(Duration.ofMinutes(59))));
        assertEquals(false, policy.isUsable(NOW, Optional.empty(), NOW.plus(Duration.ofMinutes(61))));
        assertEquals(true, policy.isRefreshDue(NOW, NOW.plus(Duration.ofHours(1))));
        assertEquals(false, policy.isRefreshDue(NOW, NOW.plus(Duration.ofMinutes(59))));
    }
}
