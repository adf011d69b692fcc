package io.tscns.auth.crl;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.CrlSpec;
import io.tscns.testpki.DerDefect;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RevocationListTest {

    private static final TestCa CA = AuthFixtures.toscana();

    private static List<RevokedCertificate> sample() {
        List<RevokedCertificate> entries = new ArrayList<>();
        entries.add(RevokedCertificate.of(BigInteger.valueOf(1), NOW.minusSeconds(3600), CrlReason.KEY_COMPROMISE));
        entries.add(RevokedCertificate.of(
                new BigInteger("123456789abcdef0123456789abcdef", 16), NOW.minusSeconds(7200), CrlReason.SUPERSEDED));
        entries.add(new RevokedCertificate(
                new BigInteger("ffffffffffffffffffffffffffffffff", 16),
                NOW.minus(Duration.ofDays(3000)),
                Optional.empty(),
                Optional.of(NOW.minus(Duration.ofDays(3001)))));
        entries.add(RevokedCertificate.of(
                new BigInteger("7f" + "00".repeat(19), 16), NOW.minusSeconds(10), CrlReason.CESSATION_OF_OPERATION));
        entries.add(
                RevokedCertificate.of(BigInteger.ONE.shiftLeft(64), NOW.minusSeconds(20), CrlReason.CERTIFICATE_HOLD));
        entries.add(RevokedCertificate.of(BigInteger.ZERO, NOW.minusSeconds(30), CrlReason.UNSPECIFIED));
        return entries;
    }

    private static byte[] sampleCrl() {
        return CA.signCrl(CA.crl().entries(sample()).build());
    }

    @Test
    void everyEntryIsFoundWithItsDateReasonAndInvalidityDate() {
        RevocationList list = RevocationList.load(sampleCrl(), CA.certificate());
        assertEquals(sample().size(), list.size());
        for (RevokedCertificate expected : sample()) {
            RevokedEntry found = list.find(expected.serialNumber()).orElseThrow();
            assertEquals(expected.serialNumber(), found.serialNumber());
            assertEquals(expected.revocationDate(), found.revocationDate());
            assertEquals(expected.reason().map(r -> CRLReason.values()[r.code()]), found.reason());
            assertEquals(expected.invalidityDate(), found.invalidityDate());
        }
        assertTrue(list.find(BigInteger.TWO).isEmpty());
        assertTrue(list.find(BigInteger.valueOf(-1)).isEmpty());
        assertTrue(list.find(BigInteger.ONE.shiftLeft(200)).isEmpty());
    }

    @Test
    void metadataIsRead() {
        RevocationList list = RevocationList.load(sampleCrl(), CA.certificate());
        assertEquals(CA.name(), list.issuer());
        assertEquals(NOW, list.thisUpdate());
        assertEquals(Optional.of(NOW.plus(TestCa.CRL_VALIDITY)), list.nextUpdate());
        assertTrue(list.crlNumber().isPresent());
        assertFalse(list.isDelta());
        assertTrue(list.coversEndEntities());
        assertEquals("SHA256withRSA", list.signatureAlgorithm());
        assertTrue(list.toString().contains("entries=6"));
    }

    @Test
    void agreesWithTheJdkOnAThousandEntries() throws Exception {
        io.tscns.testpki.SyntheticRevocations population =
                io.tscns.testpki.SyntheticRevocations.of(1000, 42, NOW, Duration.ofDays(2000));
        byte[] der = CA.signCrl(CA.crl().entries(population).build());
        X509CRL jdk = (X509CRL)
                java.security.cert.CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        RevocationList list = RevocationList.load(der, CA.certificate());
        assertEquals(jdk.getRevokedCertificates().size(), list.size());
        for (X509CRLEntry entry : jdk.getRevokedCertificates()) {
            RevokedEntry found = list.find(entry.getSerialNumber()).orElseThrow();
            assertEquals(entry.getRevocationDate().toInstant(), found.revocationDate());
            assertEquals(Optional.ofNullable(entry.getRevocationReason()), found.reason());
        }
        for (int i = 0; i < 1000; i++) {
            assertTrue(list.find(population.absentSerial(i)).isEmpty());
        }
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path parent) {
        Path missing = parent.resolve("missing.crl");
        InvalidCrlException e = assertThrows(
                InvalidCrlException.class, () -> RevocationList.load(missing, CA.certificate(), CrlLimits.DEFAULT));
        // The reason, not the exception's name (it was "cannot read ...: NoSuchFileException").
        assertEquals(new CrlProblem.ReadFailed("cannot read " + missing + ": no such file: " + missing), e.problem());
    }

    @Test
    void anEmptyCrlHasNoEntries() {
        RevocationList list =
                RevocationList.load(CA.signCrl(CA.crl().entries(List.of()).build()), CA.certificate());
        assertEquals(0, list.size());
        assertTrue(list.find(BigInteger.ONE).isEmpty());
    }

    @Test
    void aCrlWithoutNextUpdateLoads() {
        RevocationList list =
                RevocationList.load(CA.signCrl(CA.crl().updates(NOW, null).build()), CA.certificate());
        assertTrue(list.nextUpdate().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DerDefect.class)
    void everyEncodingDefectIsATypedProblem(DerDefect defect) {
        byte[] broken = defect.apply(sampleCrl());
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(broken, CA.certificate()));
        Class<? extends CrlProblem> expected = switch (defect) {
            case SIGNATURE_BIT_FLIPPED -> CrlProblem.BadSignature.class;
            case TRUNCATED_HALF, LAST_BYTE_MISSING, LENGTH_OVERRUN, EMPTY -> CrlProblem.Truncated.class;
            case TRAILING_GARBAGE, WRONG_OUTER_TAG, INDEFINITE_LENGTH -> CrlProblem.Malformed.class;
        };
        assertInstanceOf(expected, e.problem(), e.getMessage());
        assertEquals(e.problem().describe(), e.getMessage());
    }

    @Test
    void aCrlOfAnotherCaIsRefused() {
        X509Certificate lombardia =
                AuthFixtures.PKI.issuingCa(TestIssuer.LOMBARDIA).certificate();
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(sampleCrl(), lombardia));
        assertInstanceOf(CrlProblem.WrongIssuer.class, e.problem());
    }

    @Test
    void aCrlSignedByAnImpostorWithTheSameNameIsRefused() {
        TestCa impostor = AuthFixtures.PKI.untrustedCa();
        byte[] forged = impostor.signCrl(impostor.crl().build());
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(forged, CA.certificate()));
        assertInstanceOf(CrlProblem.BadSignature.class, e.problem());
    }

    @Test
    void aClaimedLengthOfTwoGigabytesIsATruncationNotAnAllocation() {
        byte[] claim = {
            0x30,
            (byte) 0x84,
            0x7F,
            (byte) 0xFF,
            (byte) 0xFF,
            (byte) 0xF0,
            0x30,
            (byte) 0x84,
            0x7F,
            (byte) 0xFF,
            (byte) 0xFF,
            0x00,
            0x02,
            0x01,
            0x01
        };
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(claim, CA.certificate()));
        assertInstanceOf(CrlProblem.Truncated.class, e.problem());
    }

    @Test
    void theByteLimitIsEnforced() {
        byte[] der = sampleCrl();
        InvalidCrlException e = assertThrows(
                InvalidCrlException.class,
                () -> RevocationList.load(
                        new ByteArrayInputStream(der), CA.certificate(), new CrlLimits(der.length - 1, 100)));
        assertInstanceOf(CrlProblem.TooLarge.class, e.problem());
        RevocationList.load(new ByteArrayInputStream(der), CA.certificate(), new CrlLimits(der.length, 100));
    }

    @Test
    void theEntryLimitIsEnforced() {
        InvalidCrlException e = assertThrows(
                InvalidCrlException.class,
                () -> RevocationList.load(
                        new ByteArrayInputStream(sampleCrl()), CA.certificate(), new CrlLimits(1 << 20, 5)));
        assertInstanceOf(CrlProblem.TooLarge.class, e.problem());
    }

    @Test
    void aDeltaAddsRevocationsAndReleasesHolds() {
        TestCa ca = AuthFixtures.PKI.issuingCa(TestIssuer.UMBRIA);
        X509Certificate held =
                ca.issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
        X509Certificate later =
                ca.issueCns(AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic());
        Instant before = NOW.minusSeconds(60);
        ca.revoke(held, before, CrlReason.CERTIFICATE_HOLD);
        CrlSpec baseSpec = ca.crl()
                .updates(NOW.minusSeconds(30), NOW.plus(Duration.ofDays(7)))
                .build();
        RevocationList base = RevocationList.load(ca.signCrl(baseSpec), ca.certificate());
        assertTrue(base.find(held.getSerialNumber()).isPresent());
        assertTrue(base.find(later.getSerialNumber()).isEmpty());

        List<RevokedCertificate> changes = List.of(
                RevokedCertificate.of(later.getSerialNumber(), NOW, CrlReason.KEY_COMPROMISE),
                RevokedCertificate.of(held.getSerialNumber(), NOW, CrlReason.REMOVE_FROM_CRL));
        CrlSpec deltaSpec = ca.deltaCrl(baseSpec).entries(changes).build();
        RevocationList delta = RevocationList.load(ca.signCrl(deltaSpec), ca.certificate());
        assertTrue(delta.isDelta());
        RevocationList combined = base.withDelta(delta);

        assertEquals(
                Optional.of(CRLReason.KEY_COMPROMISE),
                combined.find(later.getSerialNumber()).flatMap(RevokedEntry::reason));
        assertTrue(combined.find(held.getSerialNumber()).isEmpty(), "removeFromCRL releases the hold");
        assertEquals(delta.thisUpdate(), combined.thisUpdate());
        assertEquals(Optional.of(delta), combined.delta());
        assertTrue(delta.find(held.getSerialNumber()).isEmpty(), "a delta alone does not report releases");
    }

    @Test
    void aDeltaMustFitItsBase() {
        TestCa ca = AuthFixtures.PKI.issuingCa(TestIssuer.BOLZANO);
        CrlSpec baseSpec = ca.crl().build();
        RevocationList base = RevocationList.load(ca.signCrl(baseSpec), ca.certificate());
        RevocationList delta =
                RevocationList.load(ca.signCrl(ca.deltaCrl(baseSpec).build()), ca.certificate());
        RevocationList newerBase = RevocationList.load(ca.signCrl(ca.crl().build()), ca.certificate());

        assertMismatch(() -> base.withDelta(newerBase));
        assertMismatch(() -> delta.withDelta(delta));
        CrlSpec futureBase = ca.crl().build();
        RevocationList tooNew =
                RevocationList.load(ca.signCrl(ca.deltaCrl(futureBase).build()), ca.certificate());
        assertMismatch(() -> base.withDelta(tooNew));
        TestCa other = AuthFixtures.PKI.issuingCa(TestIssuer.SARDEGNA);
        CrlSpec otherBase = other.crl().build();
        RevocationList foreign =
                RevocationList.load(other.signCrl(other.deltaCrl(otherBase).build()), other.certificate());
        assertMismatch(() -> base.withDelta(foreign));
        base.withDelta(delta);
    }

    private static void assertMismatch(org.junit.jupiter.api.function.Executable call) {
        InvalidCrlException e = assertThrows(InvalidCrlException.class, call);
        assertInstanceOf(CrlProblem.DeltaMismatch.class, e.problem());
    }
}
