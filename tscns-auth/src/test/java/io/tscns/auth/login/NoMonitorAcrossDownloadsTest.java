package io.tscns.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.RevocationTransport;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.test.junit.HeldMonitors;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No monitor is held while a CRL downloads: a login waiting for a CA's CRL holds that CA's lock, and on a virtual
 * thread a monitor there would pin the carrier for as long as the network takes (see {@link HeldMonitors}).
 */
class NoMonitorAcrossDownloadsTest {

    private static final TestPki PKI =
            TestPki.builder().urlBase(URI.create("http://127.0.0.1:9/")).build();

    /** A transport whose downloads wait until released, then fail. */
    private static final class StalledTransport implements RevocationTransport {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);

        @Override
        public InputStream get(URI location) throws IOException {
            entered.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("released");
        }

        @Override
        public byte[] postOcsp(URI location, byte[] request) throws IOException {
            return get(location).readAllBytes();
        }
    }

    private static X509Certificate card() {
        return PKI.cnsCredential(TestIssuer.TOSCANA, AuthFixtures.HOLDER).certificate();
    }

    @Test
    void aRevocationCheckWaitingForItsCrlHoldsNoMonitor() {
        StalledTransport transport = new StalledTransport();
        CrlRevocationChecker checker = new CrlRevocationChecker(
                Optional.of(transport), FreshnessPolicy.DEFAULT, Clock.systemUTC(), CrlLimits.DEFAULT);
        TestCa toscana = PKI.issuingCa(TestIssuer.TOSCANA);
        List<String> held = HeldMonitors.whileBlocked(
                () -> checker.check(card(), toscana.certificate()),
                thread -> transport.entered.getCount() == 0,
                transport.released::countDown);
        assertEquals(List.of(), held);
    }

    @Test
    void aLoginLearningACrlLocationHoldsNoMonitorWhileItDownloads() {
        StalledTransport transport = new StalledTransport();
        TestCa toscana = PKI.issuingCa(TestIssuer.TOSCANA);
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(toscana.certificate())))
                .transport(transport)
                .build()) {
            List<String> held = HeldMonitors.whileBlocked(
                    () -> login.validate(card()),
                    thread -> transport.entered.getCount() == 0,
                    transport.released::countDown);
            assertEquals(List.of(), held);
        }
    }
}
