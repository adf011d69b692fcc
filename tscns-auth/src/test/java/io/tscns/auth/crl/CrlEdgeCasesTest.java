package io.tscns.auth.crl;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.CaSpec;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyUsageBit;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.TestCa;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** CRL features the reader handles on purpose, in CRLs built with Bouncy Castle's own CRL builder. */
class CrlEdgeCasesTest {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final ASN1ObjectIdentifier UNKNOWN = new ASN1ObjectIdentifier("2.999.77");

    private static byte[] crl(Consumer<X509v2CRLBuilder> content) throws Exception {
        X509v2CRLBuilder builder =
                new X509v2CRLBuilder(X500Name.getInstance(CA.name().getEncoded()), Date.from(NOW));
        builder.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(1))));
        content.accept(builder);
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                        .build(CA.credential().privateKey()))
                .getEncoded();
    }

    private static void extension(
            X509v2CRLBuilder builder, ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Extensions entryExtension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value)
            throws Exception {
        ExtensionsGenerator generator = new ExtensionsGenerator();
        generator.addExtension(oid, critical, value);
        return generator.generate();
    }

    private static CrlProblem refused(byte[] der) {
        return assertThrows(InvalidCrlException.class, () -> RevocationList.load(der, CA.certificate()))
                .problem();
    }

    @Test
    void aCrlFromAnotherBuilderLoads() throws Exception {
        byte[] der = crl(b -> b.addCRLEntry(BigInteger.TEN, Date.from(NOW), CRLReason.keyCompromise));
        RevocationList list = RevocationList.load(der, CA.certificate());
        assertEquals(
                Optional.of(java.security.cert.CRLReason.KEY_COMPROMISE),
                list.find(BigInteger.TEN).flatMap(RevokedEntry::reason));
    }

    @Test
    void unknownCriticalExtensionsAreRefusedAndUnknownOthersIgnored() throws Exception {
        assertEquals(
                new CrlProblem.UnknownCriticalExtension("2.999.77", false),
                refused(crl(b -> extension(b, UNKNOWN, true, DERNull.INSTANCE))));
        RevocationList.load(crl(b -> extension(b, UNKNOWN, false, DERNull.INSTANCE)), CA.certificate());
        byte[] criticalEntry = crl(b -> {
            try {
                b.addCRLEntry(BigInteger.ONE, Date.from(NOW), entryExtension(UNKNOWN, true, DERNull.INSTANCE));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(new CrlProblem.UnknownCriticalExtension("2.999.77", true), refused(criticalEntry));
    }

    @Test
    void indirectCrlsAndCertificateIssuerEntriesAreUnsupported() throws Exception {
        IssuingDistributionPoint indirect = new IssuingDistributionPoint(null, false, false, null, true, false);
        assertInstanceOf(
                CrlProblem.UnsupportedFeature.class,
                refused(crl(b -> extension(b, Extension.issuingDistributionPoint, true, indirect))));
        GeneralNames otherCa = new GeneralNames(new GeneralName(
                X500Name.getInstance(AuthFixtures.PKI.root().name().getEncoded())));
        byte[] withIssuer = crl(b -> {
            try {
                b.addCRLEntry(
                        BigInteger.ONE, Date.from(NOW), entryExtension(Extension.certificateIssuer, true, otherCa));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertInstanceOf(CrlProblem.UnsupportedFeature.class, refused(withIssuer));
    }

    @Test
    void aCrlOfCaCertificatesOnlyDoesNotCoverEndEntities() throws Exception {
        IssuingDistributionPoint caOnly = new IssuingDistributionPoint(null, false, true, null, false, false);
        RevocationList list = RevocationList.load(
                crl(b -> extension(b, Extension.issuingDistributionPoint, true, caOnly)), CA.certificate());
        assertFalse(list.coversEndEntities());
    }

    @Test
    void removeFromCrlBelongsInDeltasOnly() throws Exception {
        assertInstanceOf(
                CrlProblem.Malformed.class,
                refused(crl(b -> b.addCRLEntry(BigInteger.TWO, Date.from(NOW), CRLReason.removeFromCRL))));
    }

    @Test
    void innerAndOuterAlgorithmsMustAgree() throws Exception {
        byte[] der = CA.signCrl(CA.crl().build());
        byte[] sha256WithRsa = {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x0B};
        int inner = indexOf(der, sha256WithRsa);
        der[inner + sha256WithRsa.length - 1] = 0x0C; // sha384WithRSAEncryption inside tbsCertList only
        assertEquals(new CrlProblem.AlgorithmMismatch(), refused(der));
    }

    @Test
    void aCaWithoutCrlSignCannotSignCrls() {
        TestCa restricted = AuthFixtures.PKI
                .root()
                .subordinate(
                        CaSpec.builder(
                                        CaSpec.citizenCaName("tscns Test CA senza cRLSign", "tscns Test CA"),
                                        AuthFixtures.PKI.keys().rsa("ca/no-crl-sign"))
                                .clock(AuthFixtures.PKI.clock())
                                .build(),
                        b -> b.keyUsage(KeyUsageBit.KEY_CERT_SIGN));
        byte[] der = restricted.signCrl(restricted.crl().build());
        assertInstanceOf(
                CrlProblem.IssuerCannotSignCrls.class,
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(der, restricted.certificate()))
                        .problem());
    }

    @Test
    void aRepeatedSerialCountsOnceAndTheLaterEntryWins() {
        byte[] der = CA.signCrl(CA.crl()
                .entries(List.of(
                        RevokedCertificate.of(BigInteger.valueOf(5), NOW.minusSeconds(100), CrlReason.CERTIFICATE_HOLD),
                        RevokedCertificate.of(BigInteger.valueOf(5), NOW.minusSeconds(50), CrlReason.KEY_COMPROMISE)))
                .build());
        RevocationList list = RevocationList.load(der, CA.certificate());
        assertEquals(1, list.size());
        assertEquals(
                NOW.minusSeconds(50),
                list.find(BigInteger.valueOf(5)).orElseThrow().revocationDate());
    }

    @Test
    void oddSerialsAreFound() {
        List<BigInteger> serials = List.of(
                BigInteger.valueOf(-42),
                BigInteger.ONE.shiftLeft(127),
                BigInteger.ONE.shiftLeft(128),
                BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE),
                BigInteger.valueOf(Long.MAX_VALUE),
                BigInteger.ONE.shiftLeft(63));
        byte[] der = CA.signCrl(CA.crl()
                .entries(serials.stream()
                        .map(serial -> RevokedCertificate.of(serial, NOW, CrlReason.SUPERSEDED))
                        .toList())
                .build());
        RevocationList list = RevocationList.load(der, CA.certificate());
        assertEquals(serials.size(), list.size());
        serials.forEach(serial -> assertTrue(list.find(serial).isPresent(), serial.toString(16)));
        assertTrue(list.find(BigInteger.valueOf(42)).isEmpty());
        assertTrue(list.find(BigInteger.ONE.shiftLeft(127).add(BigInteger.ONE)).isEmpty());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
