package io.tscns.auth.crl;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.ChunkedInputStream;
import io.tscns.testpki.CaSpec;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.SyntheticRevocations;
import io.tscns.testpki.TestCa;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A CRL from the network arrives in chunks. The streaming reader must give the same result, byte for byte, for the
 * same CRL delivered whole, in reads of 1 byte, of 1 to 7 bytes and of 64 KiB, for a CRL that fits its 1 MiB buffer
 * and one that does not (so that the buffer is compacted and refilled, and the signature fed across refills); and
 * that result must be the JDK's reading of the CRL.
 */
class CrlStreamingTest {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final int BUFFER = 1 << 20;
    /** The serials of the hand-made CRL with long headers. */
    private static final List<BigInteger> SERIALS =
            List.of(BigInteger.TEN, BigInteger.valueOf(0x100), BigInteger.valueOf(11));

    /** A signed CRL, the entries written into it and serials that are not in it. */
    record Sample(byte[] der, List<RevokedCertificate> entries, List<BigInteger> absent) {}

    private static Sample belowTheBuffer;
    private static Sample aboveTheBuffer;

    @BeforeAll
    static void signTheCrls() {
        belowTheBuffer = sample(3_000);
        aboveTheBuffer = sample(24_000);
        assertTrue(
                belowTheBuffer.der().length > 64 * 1024 && belowTheBuffer.der().length < BUFFER,
                belowTheBuffer.der().length + " bytes");
        assertTrue(aboveTheBuffer.der().length > BUFFER, aboveTheBuffer.der().length + " bytes");
    }

    /** A synthetic population plus entries without a reason and with an invalidity date. */
    private static Sample sample(int count) {
        SyntheticRevocations population = SyntheticRevocations.of(count, count, NOW, Duration.ofDays(2000));
        List<RevokedCertificate> entries = new ArrayList<>();
        population.forEach(entries::add);
        entries.add(new RevokedCertificate(
                BigInteger.valueOf(-5), NOW.minusSeconds(99), Optional.empty(), Optional.of(NOW.minusSeconds(1_000))));
        entries.add(new RevokedCertificate(BigInteger.ZERO, NOW.minusSeconds(7), Optional.empty(), Optional.empty()));
        List<BigInteger> absent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            absent.add(population.absentSerial(i));
        }
        return new Sample(CA.signCrl(CA.crl().entries(entries).build()), entries, absent);
    }

    private static List<String> read(Sample sample, Function<byte[], InputStream> delivery) {
        RevocationList list = RevocationList.load(delivery.apply(sample.der()), CA.certificate(), CrlLimits.DEFAULT);
        List<String> lines = reading(
                list,
                sample.entries().stream().map(RevokedCertificate::serialNumber).toList());
        for (BigInteger serial : sample.absent()) {
            lines.add(serial.toString(16) + (list.find(serial).isPresent() ? " found" : " absent"));
        }
        return lines;
    }

    private static List<String> readWithTheJdk(Sample sample) throws Exception {
        X509CRL crl =
                (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(sample.der()));
        crl.verify(CA.certificate().getPublicKey());
        byte[] number = crl.getExtensionValue("2.5.29.20");
        List<String> lines = new ArrayList<>(List.of(
                "issuer " + crl.getIssuerX500Principal().getName(),
                "thisUpdate " + crl.getThisUpdate().toInstant(),
                "nextUpdate " + Optional.ofNullable(crl.getNextUpdate()).map(java.util.Date::toInstant),
                "number "
                        + Optional.ofNullable(number)
                                .map(n -> ASN1Integer.getInstance(
                                                ASN1OctetString.getInstance(n).getOctets())
                                        .getValue()),
                "size " + crl.getRevokedCertificates().size(),
                "algorithm " + crl.getSigAlgName()));
        for (RevokedCertificate entry : sample.entries()) {
            X509CRLEntry e = crl.getRevokedCertificate(entry.serialNumber());
            byte[] invalidity = e.getExtensionValue("2.5.29.24");
            lines.add(line(
                    e.getSerialNumber(),
                    e.getRevocationDate().toInstant(),
                    Optional.ofNullable(e.getRevocationReason()).map(Enum::name),
                    Optional.ofNullable(invalidity).map(CrlStreamingTest::generalizedTime)));
        }
        for (BigInteger serial : sample.absent()) {
            lines.add(serial.toString(16) + (crl.getRevokedCertificate(serial) != null ? " found" : " absent"));
        }
        return lines;
    }

    private static Instant generalizedTime(byte[] extensionValue) {
        try {
            return ASN1GeneralizedTime.getInstance(
                            ASN1OctetString.getInstance(extensionValue).getOctets())
                    .getDate()
                    .toInstant();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String line(BigInteger serial, Instant date, Optional<String> reason, Optional<Instant> invalidity) {
        return serial.toString(16) + " " + date + " " + reason.orElse("-") + " "
                + invalidity.map(Instant::toString).orElse("-");
    }

    private static void assertSameReadingInEveryDelivery(Sample sample) throws Exception {
        List<String> jdk = readWithTheJdk(sample);
        List<String> whole = read(sample, ByteArrayInputStream::new);
        assertEquals(jdk, whole, "whole, against the JDK");
        assertEquals(whole, read(sample, der -> new ChunkedInputStream(der, 1, 1)), "reads of 1 byte");
        assertEquals(whole, read(sample, der -> new ChunkedInputStream(der, 1, 7)), "reads of 1 to 7 bytes");
        assertEquals(whole, read(sample, der -> new ChunkedInputStream(der, 65_536, 65_536)), "reads of 64 KiB");
        assertEquals(sample.entries().size(), Integer.parseInt(whole.get(4).substring("size ".length())));
    }

    @Test
    void aCrlSmallerThanTheBufferReadsTheSameInEveryDelivery() throws Exception {
        assertSameReadingInEveryDelivery(belowTheBuffer);
    }

    @Test
    void aCrlLargerThanTheBufferReadsTheSameInEveryDelivery() throws Exception {
        assertSameReadingInEveryDelivery(aboveTheBuffer);
    }

    /**
     * Read a byte at a time, the reader's buffer holds only what it asked for, so every byte it looks at must have
     * been asked for first. The reader buffers the first 4 KiB at once, which hides a missing request in the
     * headers of an ordinary CRL; here an issuer Name of 6,000 bytes puts the times, the entry list and the
     * extensions past it, and an entry of 300 bytes has a length in the long form.
     */
    @Test
    void headersPastTheFirstFourKibibytesAndLongEntriesReadTheSameAByteAtATime() {
        TestCa longName = AuthFixtures.PKI
                .root()
                .subordinate(CaSpec.builder(
                                CaSpec.citizenCaName("tscns Test CA dal nome lungo", "O".repeat(6_000)),
                                AuthFixtures.PKI.keys().rsa("ca/long-name"))
                        .clock(AuthFixtures.PKI.clock())
                        .build());
        byte[] longEntry = HandMadeCrl.entry(
                "02020100",
                HandMadeCrl.utcTime("260301140000Z"),
                HandMadeCrl.extensions(HandMadeCrl.extension("883703", "", "00".repeat(300))));
        HandMadeCrl crl = HandMadeCrl.of(longName)
                .with(
                        "revokedCertificates",
                        HandMadeCrl.tlv(
                                0x30,
                                HandMadeCrl.entry(
                                        "02010A", HandMadeCrl.utcTime("260301120000Z"), HandMadeCrl.KEY_COMPROMISE),
                                longEntry,
                                HandMadeCrl.entry("02010B", HandMadeCrl.utcTime("260301130000Z"), new byte[0])));
        byte[] der = crl.encode();
        assertTrue(crl.offsetOf("170D3236303330323039") > 4096, "thisUpdate lies past the first 4 KiB");
        assertEquals(0x82, longEntry[1] & 0xFF, "the long entry's length takes two octets");
        List<String> whole = reading(
                RevocationList.load(new ByteArrayInputStream(der), longName.certificate(), CrlLimits.DEFAULT), SERIALS);
        assertEquals(
                List.of(
                        "issuer " + longName.name().getName(),
                        "thisUpdate 2026-03-02T09:00:00Z",
                        "nextUpdate Optional[2026-03-03T09:00:00Z]",
                        "number Optional[5]",
                        "size 3",
                        "algorithm SHA256withRSA",
                        "a 2026-03-01T12:00:00Z KEY_COMPROMISE -",
                        "100 2026-03-01T14:00:00Z - -",
                        "b 2026-03-01T13:00:00Z - -"),
                whole);
        for (int max : new int[] {1, 2, 3}) {
            assertEquals(
                    whole,
                    reading(
                            RevocationList.load(
                                    new ChunkedInputStream(der, 1, max), longName.certificate(), CrlLimits.DEFAULT),
                            SERIALS),
                    "reads of 1 to " + max + " bytes");
        }
    }

    /** The list's header, then each serial's entry ("missing" where it has none). */
    private static List<String> reading(RevocationList list, List<BigInteger> serials) {
        List<String> lines = new ArrayList<>(List.of(
                "issuer " + list.issuer().getName(),
                "thisUpdate " + list.thisUpdate(),
                "nextUpdate " + list.nextUpdate(),
                "number " + list.crlNumber(),
                "size " + list.size(),
                "algorithm " + list.signatureAlgorithm()));
        for (BigInteger serial : serials) {
            lines.add(list.find(serial)
                    .map(e -> line(
                            e.serialNumber(), e.revocationDate(), e.reason().map(Enum::name), e.invalidityDate()))
                    .orElse(serial.toString(16) + " missing"));
        }
        return lines;
    }

    @Test
    void aChangePastTheFirstBufferIsCaughtByTheSignatureInEveryDelivery() {
        byte[] der = aboveTheBuffer.der();
        RevokedCertificate last =
                aboveTheBuffer.entries().get(aboveTheBuffer.entries().size() - 3);
        byte[] serial = last.serialNumber().toByteArray();
        int at = indexOf(der, serial) + serial.length - 1;
        assertTrue(at > BUFFER, "the change lies beyond the first buffer: " + at);
        byte[] changed = der.clone();
        changed[at] ^= 0x01;
        List<Function<byte[], InputStream>> deliveries = List.of(
                ByteArrayInputStream::new,
                d -> new ChunkedInputStream(d, 1, 7),
                d -> new ChunkedInputStream(d, 65_536, 65_536));
        for (Function<byte[], InputStream> delivery : deliveries) {
            InvalidCrlException e = assertThrows(
                    InvalidCrlException.class,
                    () -> RevocationList.load(delivery.apply(changed), CA.certificate(), CrlLimits.DEFAULT));
            assertEquals(new CrlProblem.BadSignature(CA.name().getName()), e.problem());
        }
    }

    @Test
    void aTruncationPastTheFirstBufferIsATruncationWhereTheBytesRanOut() {
        byte[] cut = Arrays.copyOf(aboveTheBuffer.der(), BUFFER + 12_345);
        for (Function<byte[], InputStream> delivery : List.<Function<byte[], InputStream>>of(
                ByteArrayInputStream::new, d -> new ChunkedInputStream(d, 1, 7))) {
            InvalidCrlException e = assertThrows(
                    InvalidCrlException.class,
                    () -> RevocationList.load(delivery.apply(cut), CA.certificate(), CrlLimits.DEFAULT));
            CrlProblem.Truncated truncated = (CrlProblem.Truncated) e.problem();
            assertEquals(cut.length, truncated.offset());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
