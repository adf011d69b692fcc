package io.tscns.auth;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.HttpRevocationTransport;
import io.tscns.auth.revocation.OcspRevocationChecker;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.trust.TrustedList;
import io.tscns.auth.trust.TrustedListReader;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.HttpFault;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's example, end to end on the test kit: signed trusted list, CRL over HTTP, OCSP as fallback. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleWorks() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (RevocationHttpServer server = RevocationHttpServer.start()) {
            TestPki pki =
                    TestPki.builder().clock(clock).urlBase(server.baseUri()).build();
            pki.publish(server);

            TrustedList list = new TrustedListReader(Set.of(pki.tslSigner().certificate()), clock, Duration.ofDays(1))
                    .read(pki.trustedList());
            HttpRevocationTransport http = new HttpRevocationTransport(Duration.ofSeconds(10));
            RevocationChecker revocation = new CrlRevocationChecker(
                            Optional.of(http), FreshnessPolicy.DEFAULT, clock, CrlLimits.DEFAULT)
                    .orElse(new OcspRevocationChecker(http, FreshnessPolicy.DEFAULT, clock));
            CnsCertificateValidator validator = new CnsCertificateValidator(
                    list.toTrustAnchors(), ValidationPolicy.DEFAULT, Optional.of(revocation), clock);

            X509Certificate lombardia =
                    pki.cnsCredential(TestIssuer.LOMBARDIA, AuthFixtures.HOLDER).certificate();
            Verdict.Accepted accepted = assertInstanceOf(Verdict.Accepted.class, validator.validate(lombardia));
            assertEquals("RSSMRA80A01H501U", accepted.identity().codiceFiscale().value());
            assertEquals(
                    RevocationStatus.Source.CRL,
                    assertInstanceOf(RevocationStatus.Good.class, accepted.revocation())
                            .source());

            // The Sardinian CRL endpoint fails: OCSP answers instead, and reports the revocation.
            server.httpFault(TestPki.crlPath(TestIssuer.SARDEGNA), HttpFault.SERVER_ERROR);
            X509Certificate sardegna =
                    pki.cnsCredential(TestIssuer.SARDEGNA, AuthFixtures.HOLDER).certificate();
            pki.issuingCa(TestIssuer.SARDEGNA).revoke(sardegna, NOW.minusSeconds(1), CrlReason.KEY_COMPROMISE);
            Verdict.Rejected rejected = assertInstanceOf(Verdict.Rejected.class, validator.validate(sardegna));
            RejectionReason.Revoked revoked = assertInstanceOf(
                    RejectionReason.Revoked.class, rejected.reasons().get(0));
            assertEquals(RevocationStatus.Source.OCSP, revoked.source());
            assertTrue(rejected.reasons().get(0).code().equals("revoked"));
        }
    }
}
