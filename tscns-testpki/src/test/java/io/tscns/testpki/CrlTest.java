package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.HOLDER;
import static io.tscns.testpki.Fixtures.NOW;
import static io.tscns.testpki.Fixtures.extensionValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SignatureException;
import java.security.cert.CRLException;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrlTest {

    /** A CA of its own, so revocations here do not leak into other tests. */
    private final TestCa ca = Fixtures.PKI
            .root()
            .subordinate(CaSpec.builder(
                            CaSpec.citizenCaName("Regione Umbria - CA Cittadini", TestPki.ORGANIZATION),
                            Fixtures.PKI.keys().rsa("ca/crl-test"))
                    .clock(Fixtures.PKI.clock())
                    .serials(SerialNumberSource.sequential(1000))
                    .build());

    private X509Certificate issueHolder(String label) {
        KeyPair pair = Fixtures.PKI.keys().rsa(label);
        return ca.issueCns(HOLDER, pair.getPublic());
    }

    @Test
    void fullCrlCarriesEveryRevocationWithReasonNumberAndAki() throws Exception {
        X509Certificate lost = issueHolder("holder/crl-1");
        X509Certificate replaced = issueHolder("holder/crl-2");
        issueHolder("holder/crl-3");
        ca.revoke(lost, NOW.minusSeconds(3600), CrlReason.KEY_COMPROMISE);
        ca.revoke(replaced, NOW.minusSeconds(60), CrlReason.SUPERSEDED);

        CrlSpec spec = ca.crl().build();
        X509CRL crl = ca.issueCrl(spec);
        crl.verify(ca.certificate().getPublicKey());
        assertEquals(2, crl.getVersion());
        assertEquals(ca.name(), crl.getIssuerX500Principal());
        assertEquals(NOW, crl.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(1)), crl.getNextUpdate().toInstant());
        assertEquals("SHA256withRSA", crl.getSigAlgName());
        assertEquals(
                Set.of(lost.getSerialNumber(), replaced.getSerialNumber()),
                Set.of(crl.getRevokedCertificates().stream()
                        .map(X509CRLEntry::getSerialNumber)
                        .toArray()));
        assertEquals(
                Optional.of(CRLReason.KEY_COMPROMISE),
                Optional.ofNullable(crl.getRevokedCertificate(lost).getRevocationReason()));
        assertEquals(
                NOW.minusSeconds(3600),
                crl.getRevokedCertificate(lost).getRevocationDate().toInstant());
        assertEquals(CRLReason.SUPERSEDED, crl.getRevokedCertificate(replaced).getRevocationReason());
        assertEquals(
                spec.crlNumber(),
                ASN1Integer.getInstance(extensionValue(crl, "2.5.29.20")).getValue());
        assertArrayEquals(
                SubjectKeyIdentifier.getInstance(extensionValue(ca.certificate(), "2.5.29.14"))
                        .getKeyIdentifier(),
                AuthorityKeyIdentifier.getInstance(extensionValue(crl, "2.5.29.35"))
                        .getKeyIdentifierOctets());
        assertTrue(crl.getCriticalExtensionOIDs() == null
                || crl.getCriticalExtensionOIDs().isEmpty());

        X509CRLHolder bc = new X509CRLHolder(crl.getEncoded());
        assertTrue(bc.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca.certificate())));
        assertEquals(2, bc.getRevokedCertificates().size());
    }

    @Test
    void crlNumbersIncreaseAndAnEmptyCrlHasNoEntryList() throws Exception {
        CrlSpec first = ca.crl().build();
        CrlSpec second = ca.crl().build();
        assertEquals(first.crlNumber().add(BigInteger.ONE), second.crlNumber());
        X509CRL empty = ca.issueCrl(second);
        assertNull(empty.getRevokedCertificates());
        empty.verify(ca.certificate().getPublicKey());
    }

    @Test
    void deltaCrlHasACriticalIndicatorAndOnlyLaterRevocations() throws Exception {
        X509Certificate early = issueHolder("holder/delta-1");
        ca.revoke(early, NOW.minusSeconds(7200), CrlReason.CESSATION_OF_OPERATION);
        CrlSpec base =
                ca.crl().updates(NOW.minusSeconds(3600), NOW.plusSeconds(3600)).build();
        X509Certificate late = issueHolder("holder/delta-2");
        ca.revoke(late, NOW.minusSeconds(60), CrlReason.CERTIFICATE_HOLD);

        X509CRL delta = ca.issueCrl(ca.deltaCrl(base).build());
        delta.verify(ca.certificate().getPublicKey());
        assertEquals(Set.of("2.5.29.27"), delta.getCriticalExtensionOIDs());
        assertEquals(
                base.crlNumber(),
                ASN1Integer.getInstance(extensionValue(delta, "2.5.29.27")).getValue());
        assertEquals(1, delta.getRevokedCertificates().size());
        assertEquals(
                CRLReason.CERTIFICATE_HOLD, delta.getRevokedCertificate(late).getRevocationReason());
        assertNull(delta.getRevokedCertificate(early));
    }

    @Test
    void staleCrlHasBothUpdatesInThePast() throws Exception {
        X509CRL stale = ca.issueCrl(ca.crl()
                .updates(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)))
                .build());
        assertTrue(stale.getNextUpdate().toInstant().isBefore(NOW));
        stale.verify(ca.certificate().getPublicKey());
    }

    @Test
    void entryWithoutReasonOrWithInvalidityDateEncodesExactlyThat() throws Exception {
        Instant when = NOW.minusSeconds(10);
        List<RevokedCertificate> entries = List.of(
                new RevokedCertificate(BigInteger.valueOf(7), when, Optional.empty(), Optional.empty()),
                new RevokedCertificate(
                        BigInteger.valueOf(8),
                        when,
                        Optional.of(CrlReason.KEY_COMPROMISE),
                        Optional.of(when.minusSeconds(86_400))));
        X509CRL crl = ca.issueCrl(ca.crl().entries(entries).build());
        X509CRLEntry plain = crl.getRevokedCertificate(BigInteger.valueOf(7));
        assertFalse(plain.hasExtensions());
        X509CRLEntry dated = crl.getRevokedCertificate(BigInteger.valueOf(8));
        assertEquals(
                when.minusSeconds(86_400),
                org.bouncycastle.asn1.ASN1GeneralizedTime.getInstance(
                                extensionValue(dated, Extension.invalidityDate.getId()))
                        .getDate()
                        .toInstant());
    }

    @Test
    void everyDefectBreaksTheCrlForTheJdkOrItsSignature() throws Exception {
        ca.revoke(issueHolder("holder/defect"), NOW, CrlReason.SUPERSEDED);
        byte[] der = ca.signCrl(ca.crl().build());
        assertTrue(Fixtures.isStrictDer(der));
        for (DerDefect defect : DerDefect.values()) {
            byte[] broken = defect.apply(der);
            if (defect == DerDefect.SIGNATURE_BIT_FLIPPED) {
                X509CRL parsed = Fixtures.parseCrl(broken);
                assertThrows(
                        SignatureException.class,
                        () -> parsed.verify(ca.certificate().getPublicKey()));
                continue;
            }
            assertFalse(Fixtures.isStrictDer(broken), defect.name());
            if (defect != DerDefect.TRAILING_GARBAGE && defect != DerDefect.INDEFINITE_LENGTH) {
                assertThrows(CRLException.class, () -> Fixtures.parseCrl(broken), defect.name());
            }
        }
    }

    @Test
    void aSourceThatChangesBetweenPassesIsDetectedAndNoFileIsLeft(@TempDir Path directory) {
        Iterable<RevokedCertificate> shrinking = new Iterable<>() {
            private int passes;

            @Override
            public Iterator<RevokedCertificate> iterator() {
                int size = passes++ == 0 ? 3 : 2;
                return Stream.iterate(1, i -> i + 1)
                        .limit(size)
                        .map(i -> RevokedCertificate.of(BigInteger.valueOf(i), NOW, CrlReason.SUPERSEDED))
                        .iterator();
            }
        };
        Path target = directory.resolve("shrinking.crl");
        TestPkiException e = assertThrows(
                TestPkiException.class,
                () -> ca.writeCrl(ca.crl().entries(shrinking).build(), target));
        assertEquals(TestPkiException.Reason.INCONSISTENT_SOURCE, e.reason());
        assertEquals(List.of(), list(directory));
    }

    @Test
    void writingToAFileGivesTheSameBytesAsInMemory(@TempDir Path directory) throws Exception {
        CrlSpec spec = ca.crl()
                .entries(SyntheticRevocations.of(1000, 3, NOW, Duration.ofDays(30)))
                .build();
        Path file = directory.resolve("toscana.crl");
        long written = ca.writeCrl(spec, file);
        assertEquals(written, Files.size(file));
        assertArrayEquals(ca.signCrl(spec), Files.readAllBytes(file));
        assertEquals(List.of(file), list(directory), "no temporary file is left");
    }

    @Test
    void anUnknownSignatureAlgorithmIsACryptoFailure() {
        TestPkiException e = assertThrows(
                TestPkiException.class,
                () -> ca.signCrl(ca.crl().signatureAlgorithm("NOPEwithRSA").build()));
        assertEquals(TestPkiException.Reason.CRYPTO_FAILURE, e.reason());
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.toList());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
