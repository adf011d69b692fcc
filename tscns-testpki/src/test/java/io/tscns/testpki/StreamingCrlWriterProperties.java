package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The streaming CRL writer against Bouncy Castle's object-model builder: for any entries and CRL fields, the bytes
 * are identical (RSA PKCS#1 v1.5 signatures are deterministic), and the JDK reads the entries back. 200 tries
 * because each signs two CRLs with RSA-2048.
 */
class StreamingCrlWriterProperties {

    private static final TestCa CA = Fixtures.toscana();
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

    @Provide
    Arbitrary<RevokedCertificate> entries() {
        Arbitrary<BigInteger> serials = Arbitraries.bigIntegers()
                .between(BigInteger.ONE, BigInteger.ONE.shiftLeft(160).subtract(BigInteger.ONE));
        Arbitrary<Optional<CrlReason>> reasons = Arbitraries.of(CrlReason.class).optional(0.8);
        return Combinators.combine(serials, instants(), reasons, instants().optional(0.3))
                .as(RevokedCertificate::new);
    }

    @Provide
    Arbitrary<CrlSpec> specs() {
        Arbitrary<List<RevokedCertificate>> lists = entries().list().ofMaxSize(12);
        Arbitrary<BigInteger> numbers =
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64));
        return Combinators.combine(
                        numbers,
                        instants(),
                        instants().optional(0.8),
                        numbers.optional(0.3),
                        Arbitraries.of(true, false),
                        lists)
                .as((number, thisUpdate, nextUpdate, delta, aki, list) ->
                        new CrlSpec(number, thisUpdate, nextUpdate, delta, aki, list, "SHA256withRSA"));
    }

    /** Any second from 1900 to 2200, often one at the UTCTime/GeneralizedTime boundaries of RFC 5280. */
    private static Arbitrary<Instant> instants() {
        Arbitrary<Instant> boundaries = Arbitraries.of(
                        "1949-12-31T23:59:59Z", "1950-01-01T00:00:00Z", "2049-12-31T23:59:59Z", "2050-01-01T00:00:00Z")
                .map(Instant::parse);
        return Arbitraries.oneOf(
                boundaries,
                Arbitraries.longs()
                        .between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
                        .map(Instant::ofEpochSecond));
    }

    @Property(tries = 200)
    void streamedCrlIsByteIdenticalToBouncyCastlesAndReadableByTheJdk(@ForAll("specs") CrlSpec spec) throws Exception {
        byte[] streamed = CA.signCrl(spec);
        assertArrayEquals(bouncyCastle(spec), streamed);

        X509CRL parsed = Fixtures.parseCrl(streamed);
        parsed.verify(CA.certificate().getPublicKey());
        List<RevokedCertificate> expected = (List<RevokedCertificate>) spec.entries();
        assertEquals(
                expected.stream().distinct().count(),
                parsed.getRevokedCertificates() == null
                        ? 0
                        : parsed.getRevokedCertificates().size(),
                "the JDK returns a set: identical entries count once");
        for (RevokedCertificate entry : expected) {
            X509CRLEntry found = parsed.getRevokedCertificate(entry.serialNumber());
            assertEquals(entry.serialNumber(), found.getSerialNumber());
        }
    }

    private static byte[] bouncyCastle(CrlSpec spec) throws Exception {
        X509v2CRLBuilder builder =
                new X509v2CRLBuilder(X500Name.getInstance(CA.name().getEncoded()), Date.from(spec.thisUpdate()));
        spec.nextUpdate().ifPresent(next -> builder.setNextUpdate(Date.from(next)));
        for (RevokedCertificate entry : spec.entries()) {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            if (entry.reason().isPresent()) {
                extensions.addExtension(
                        Extension.reasonCode,
                        false,
                        org.bouncycastle.asn1.x509.CRLReason.lookup(
                                entry.reason().get().code()));
            }
            if (entry.invalidityDate().isPresent()) {
                extensions.addExtension(
                        Extension.invalidityDate,
                        false,
                        new ASN1GeneralizedTime(Date.from(entry.invalidityDate().get())));
            }
            builder.addCRLEntry(
                    entry.serialNumber(),
                    Date.from(entry.revocationDate()),
                    extensions.isEmpty() ? null : extensions.generate());
        }
        if (spec.authorityKeyIdentifier()) {
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils()
                            .createAuthorityKeyIdentifier(CA.certificate().getPublicKey()));
        }
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(spec.crlNumber()));
        if (spec.deltaBaseCrlNumber().isPresent()) {
            builder.addExtension(
                    Extension.deltaCRLIndicator,
                    true,
                    new CRLNumber(spec.deltaBaseCrlNumber().get()));
        }
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                        .build(CA.credential().privateKey()))
                .getEncoded();
    }
}
