package io.tscns.auth.validation;

import static io.tscns.auth.AuthFixtures.NOW;
import static io.tscns.auth.AuthFixtures.PKI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.identity.CertificateKind;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FailMode;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.RevocationTransport;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.testpki.CaSpec;
import io.tscns.testpki.CertificatePolicy;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.DerDefect;
import io.tscns.testpki.KeyPurpose;
import io.tscns.testpki.KeyUsageBit;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of certificate of the acceptance list gets its typed verdict; revocation by CRL here, OCSP apart. */
class CnsCertificateValidatorTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final TestCa CA = AuthFixtures.toscana();
    private static final TrustAnchors ANCHORS = TrustAnchors.of(
            List.of(CA.certificate(), PKI.issuingCa(TestIssuer.LOMBARDIA).certificate()));

    private static X509Certificate issue(
            java.util.function.UnaryOperator<io.tscns.testpki.CertificateSpec.Builder> change) {
        return CA.issue(change.apply(CA.cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic()))
                .build());
    }

    private static CrlRevocationChecker crlChecker(Duration crlAge) {
        CrlRevocationChecker checker =
                new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
        byte[] crl = CA.signCrl(CA.crl()
                .updates(NOW.minus(crlAge), NOW.minus(crlAge).plus(TestCa.CRL_VALIDITY))
                .build());
        checker.put(RevocationList.load(crl, CA.certificate()), CA.certificate());
        return checker;
    }

    private static CnsCertificateValidator validator(Duration crlAge, FailMode mode) {
        return new CnsCertificateValidator(
                ANCHORS, ValidationPolicy.DEFAULT.withFailMode(mode), Optional.of(crlChecker(crlAge)), CLOCK);
    }

    private static Verdict.Rejected rejected(X509Certificate certificate) {
        return assertInstanceOf(
                Verdict.Rejected.class, validator(Duration.ZERO, FailMode.HARD).validate(certificate));
    }

    @Test
    void aValidCertificateIsAcceptedWithItsIdentity() {
        X509Certificate certificate = issue(b -> b);
        Verdict.Accepted accepted = assertInstanceOf(
                Verdict.Accepted.class,
                validator(Duration.ZERO, FailMode.HARD).validate(List.of(certificate, CA.certificate())));
        assertEquals("RSSMRA80A01H501U", accepted.identity().codiceFiscale().value());
        assertEquals(CertificateKind.CNS, accepted.identity().kind());
        assertEquals(certificate, accepted.certificate());
        assertEquals(new RevocationStatus.Good(RevocationStatus.Source.CRL, NOW), accepted.revocation());
    }

    @Test
    void aChainSentWithItsRootEndsAtTheAnchor() {
        X509Certificate certificate = issue(b -> b);
        Verdict verdict = validator(Duration.ZERO, FailMode.HARD)
                .validate(List.of(certificate, CA.certificate(), PKI.root().certificate()));
        assertInstanceOf(Verdict.Accepted.class, verdict);
    }

    @Test
    void anIntermediateCaBelowATrustedRootIsPartOfThePath() {
        X509Certificate certificate = issue(b -> b);
        CnsCertificateValidator underRoot = new CnsCertificateValidator(
                TrustAnchors.of(List.of(PKI.root().certificate())),
                ValidationPolicy.DEFAULT,
                Optional.of(crlChecker(Duration.ZERO)),
                CLOCK);
        assertInstanceOf(Verdict.Accepted.class, underRoot.validate(List.of(certificate, CA.certificate())));
        assertTrue(
                assertInstanceOf(Verdict.Rejected.class, underRoot.validate(certificate))
                        .has(RejectionReason.UntrustedIssuer.class),
                "without the intermediate there is no path");
    }

    @Test
    void anExpiredIntermediateCaIsAnInvalidChainWordedForPeople() {
        TestCa expiredCa = PKI.root()
                .subordinate(
                        CaSpec.builder(
                                        CaSpec.citizenCaName("Expired CA", "Test"),
                                        PKI.keys().rsa("expired-intermediate"))
                                .build(),
                        b -> b.validity(NOW.minus(Duration.ofDays(800)), NOW.minus(Duration.ofDays(1))));
        X509Certificate leaf = expiredCa.issue(expiredCa
                .cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                .validity(NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(10)))
                .build());
        CnsCertificateValidator underRoot = new CnsCertificateValidator(
                TrustAnchors.of(List.of(PKI.root().certificate())), ValidationPolicy.DEFAULT, Optional.empty(), CLOCK);
        Verdict.Rejected verdict =
                assertInstanceOf(Verdict.Rejected.class, underRoot.validate(List.of(leaf, expiredCa.certificate())));
        assertEquals(
                List.of(new RejectionReason.InvalidChain("certificate 1 of the chain: expired")), verdict.reasons());
    }

    @Test
    void expiredAndNotYetValid() {
        X509Certificate expired = issue(b -> b.validity(NOW.minus(Duration.ofDays(400)), NOW.minusSeconds(1)));
        assertEquals(
                List.of(new RejectionReason.Expired(NOW.minusSeconds(1))),
                rejected(expired).reasons());
        X509Certificate future = issue(b -> b.validity(NOW.plusSeconds(60), NOW.plus(Duration.ofDays(400))));
        assertEquals(
                List.of(new RejectionReason.NotYetValid(NOW.plusSeconds(60))),
                rejected(future).reasons());
    }

    @Test
    void revokedByCrl() {
        X509Certificate certificate = issue(b -> b);
        CA.revoke(certificate, NOW.minusSeconds(10), CrlReason.KEY_COMPROMISE);
        assertEquals(
                List.of(new RejectionReason.Revoked(
                        RevocationStatus.Source.CRL, NOW.minusSeconds(10), Optional.of(CRLReason.KEY_COMPROMISE))),
                rejected(certificate).reasons());
    }

    @Test
    void wrongPolicyWrongKeyUsageAndWrongEkuAreAllReported() {
        X509Certificate certificate = issue(b -> b.policies(CertificatePolicy.cie())
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.NON_REPUDIATION)
                .extendedKeyUsage(KeyPurpose.EMAIL_PROTECTION));
        Verdict.Rejected verdict = rejected(certificate);
        assertEquals(
                List.of(
                        new RejectionReason.WrongPolicy(List.of(CertificatePolicy.CIE_OID)),
                        new RejectionReason.WrongKeyUsage("nonRepudiation is set"),
                        new RejectionReason.WrongExtendedKeyUsage(List.of(KeyPurpose.EMAIL_PROTECTION.oid()))),
                verdict.reasons());
    }

    @Test
    void aCieIsAcceptedWhenThePolicySaysSo() {
        X509Certificate cie = issue(b -> b.policies(CertificatePolicy.cie()));
        ValidationPolicy cieToo =
                new ValidationPolicy(Set.of(CertificateKind.CNS, CertificateKind.CIE), true, FailMode.HARD);
        Verdict verdict = new CnsCertificateValidator(ANCHORS, cieToo, Optional.of(crlChecker(Duration.ZERO)), CLOCK)
                .validate(cie);
        assertEquals(
                CertificateKind.CIE,
                assertInstanceOf(Verdict.Accepted.class, verdict).identity().kind());
    }

    @Test
    void noEkuAtAllAndNoDigitalSignature() {
        X509Certificate certificate = issue(b -> b.extendedKeyUsage().keyUsage(KeyUsageBit.KEY_ENCIPHERMENT));
        assertEquals(
                List.of(
                        new RejectionReason.WrongKeyUsage("digitalSignature is not set"),
                        new RejectionReason.WrongExtendedKeyUsage(List.of())),
                rejected(certificate).reasons());
    }

    @Test
    void anImpostorCaWithTheSameNameIsUntrusted() {
        TestCa impostor = PKI.untrustedCa();
        X509Certificate forged =
                impostor.issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
        assertEquals(
                List.of(new RejectionReason.UntrustedIssuer(CA.name().getName())),
                rejected(forged).reasons());
        X509Certificate withoutAki = impostor.issue(impostor.cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                .authorityKeyIdentifier(false)
                .build());
        assertEquals(
                List.of(new RejectionReason.BadSignature()),
                rejected(withoutAki).reasons());
    }

    @Test
    void aCertificateOfAnotherTrustedRegionIsNotTrustedByTuscanyAlone() {
        X509Certificate umbria = PKI.issuingCa(TestIssuer.UMBRIA)
                .issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
        assertTrue(rejected(umbria).has(RejectionReason.UntrustedIssuer.class));
    }

    @Test
    void aTamperedSignatureIsRefused() {
        X509Certificate tampered = DerDefect.brokenSignature(issue(b -> b));
        assertEquals(
                List.of(new RejectionReason.BadSignature()), rejected(tampered).reasons());
    }

    @Test
    void anExpiredCertificateFromAnImpostorSaysBoth() {
        TestCa impostor = PKI.untrustedCa();
        X509Certificate forged = impostor.issue(impostor.cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                .validity(NOW.minus(Duration.ofDays(400)), NOW.minusSeconds(5))
                .build());
        Verdict.Rejected verdict = rejected(forged);
        assertTrue(verdict.has(RejectionReason.Expired.class));
        assertTrue(verdict.has(RejectionReason.UntrustedIssuer.class));
    }

    @Test
    void aStaleCrlFailsHardOrSoft() {
        X509Certificate certificate = issue(b -> b);
        Verdict hard = validator(Duration.ofDays(2), FailMode.HARD).validate(certificate);
        RejectionReason.RevocationUnknown unknown = assertInstanceOf(
                RejectionReason.RevocationUnknown.class,
                assertInstanceOf(Verdict.Rejected.class, hard).reasons().get(0));
        assertEquals(new Unavailability.Stale("CRL", NOW.minus(Duration.ofDays(1))), unknown.cause());

        Verdict soft = validator(Duration.ofDays(2), FailMode.SOFT).validate(certificate);
        Verdict.Accepted accepted = assertInstanceOf(Verdict.Accepted.class, soft);
        assertInstanceOf(RevocationStatus.Unknown.class, accepted.revocation());
    }

    @Test
    void aTruncatedOrMalformedCrlFromTheDistributionPointIsATypedVerdict() {
        X509Certificate certificate = issue(b -> b);
        byte[] crl = CA.signCrl(CA.crl().build());
        for (byte[] served : List.of(DerDefect.TRUNCATED_HALF.apply(crl), DerDefect.INDEFINITE_LENGTH.apply(crl))) {
            RevocationTransport transport = new RevocationTransport() {
                @Override
                public InputStream get(URI location) {
                    return new ByteArrayInputStream(served);
                }

                @Override
                public byte[] postOcsp(URI location, byte[] request) throws IOException {
                    throw new IOException("no OCSP here");
                }
            };
            CrlRevocationChecker fetching =
                    new CrlRevocationChecker(Optional.of(transport), FreshnessPolicy.DEFAULT, CLOCK, CrlLimits.DEFAULT);
            Verdict verdict = new CnsCertificateValidator(
                            ANCHORS, ValidationPolicy.DEFAULT, Optional.of(fetching), CLOCK)
                    .validate(certificate);
            RejectionReason.RevocationUnknown unknown = assertInstanceOf(
                    RejectionReason.RevocationUnknown.class,
                    assertInstanceOf(Verdict.Rejected.class, verdict).reasons().get(0));
            Unavailability.InvalidData invalid = assertInstanceOf(Unavailability.InvalidData.class, unknown.cause());
            assertTrue(invalid.detail().startsWith("CRL is"), invalid.detail());
        }
    }

    @Test
    void withoutARevocationCheckerTheVerdictSaysSo() {
        Verdict verdict = new CnsCertificateValidator(ANCHORS, ValidationPolicy.DEFAULT, Optional.empty(), CLOCK)
                .validate(issue(b -> b));
        assertEquals(
                new RevocationStatus.Unknown(new Unavailability.NotChecked()),
                assertInstanceOf(Verdict.Accepted.class, verdict).revocation());
    }

    @Test
    void noCertificateIsARejection() {
        assertEquals(
                List.of(new RejectionReason.NoCertificate()),
                assertInstanceOf(
                                Verdict.Rejected.class,
                                validator(Duration.ZERO, FailMode.HARD).validate(List.of()))
                        .reasons());
    }

    @Test
    void aMalformedCommonNameIsNoIdentity() {
        X509Certificate certificate = issue(b -> b.subject(new javax.security.auth.x500.X500Principal(
                "CN=ROSSI MARIO, OU=REGIONE TOSCANA, 2.5.4.42=MARIO, 2.5.4.4=ROSSI, C=IT")));
        assertTrue(rejected(certificate).has(RejectionReason.NoIdentity.class));
    }

    @Test
    void everyReasonDescribesItself() {
        for (RejectionReason reason :
                rejected(issue(b -> b.policies().extendedKeyUsage())).reasons()) {
            assertTrue(!reason.describe().isBlank());
        }
    }
}
