package io.tscns.auth.crl;

import static io.tscns.auth.crl.HandMadeCrl.HEX;
import static io.tscns.auth.crl.HandMadeCrl.entry;
import static io.tscns.auth.crl.HandMadeCrl.extension;
import static io.tscns.auth.crl.HandMadeCrl.extensions;
import static io.tscns.auth.crl.HandMadeCrl.tlv;
import static io.tscns.auth.crl.HandMadeCrl.utcTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.TestCa;
import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader's own bounds around the tbsCertList's elements: where the input may end, how many length
 * octets it waits for before reading a length, which elements it checks recursively, and that every offset it
 * reports is absolute in the input. Most CRLs below are cut short or broken in one place; each refusal is asserted
 * with its exact kind, offset and detail, so that a reader waiting for more or fewer bytes, or checking less, would
 * give another answer.
 */
class CrlParserStructureTest {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final HandMadeCrl VALID = HandMadeCrl.of(CA);

    private static CrlProblem refused(byte[] der) {
        return assertThrows(InvalidCrlException.class, () -> RevocationList.load(der, CA.certificate()))
                .problem();
    }

    private static CrlProblem refused(HandMadeCrl crl) {
        return refused(crl.encode());
    }

    /** The issuer's certificate as seen through a keyUsage of the given bits, as another provider may return it. */
    private static X509Certificate issuerWithKeyUsage(boolean... keyUsage) {
        X509Certificate issuer = mock(X509Certificate.class);
        when(issuer.getKeyUsage()).thenReturn(keyUsage);
        when(issuer.getSubjectX500Principal()).thenReturn(CA.certificate().getSubjectX500Principal());
        when(issuer.getPublicKey()).thenReturn(CA.certificate().getPublicKey());
        return issuer;
    }

    /** keyUsage arrays shorter than nine bits are legal: seven reach cRLSign (bit 6), six do not. */
    @Test
    void aKeyUsageOfSevenBitsReachesCrlSign() {
        RevocationList list =
                RevocationList.load(VALID.encode(), issuerWithKeyUsage(false, false, false, false, false, true, true));
        assertEquals(2, list.size());
        X509Certificate sixBits = issuerWithKeyUsage(true, true, true, true, true, true);
        assertEquals(
                new CrlProblem.IssuerCannotSignCrls(CA.name().getName()),
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(VALID.encode(), sixBits))
                        .problem());
    }

    @Test
    void anInputEndingRightAfterTheTbsCertListHeaderIsTruncatedInsideTheTbsCertList() {
        assertEquals(new CrlProblem.Truncated(4, "input ends inside tbsCertList"), refused(HEX.parseHex("30023000")));
    }

    /**
     * A tbsCertList may end at its thisUpdate; an input cut right there is truncated in the outer signatureAlgorithm,
     * not in the tbsCertList, which is complete.
     */
    @Test
    void anInputCutAfterATbsCertListEndingAtThisUpdateIsTruncatedInTheSignatureAlgorithm() {
        HandMadeCrl shortest =
                VALID.without("nextUpdate").without("revokedCertificates").without("crlExtensions");
        RevocationList list = RevocationList.load(shortest.encode(), CA.certificate());
        assertEquals(Optional.empty(), list.nextUpdate());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), list.thisUpdate());
        int tbsEnd = (int) shortest.tbsOffset() + shortest.tbs().length;
        assertEquals(
                new CrlProblem.Truncated(tbsEnd, "input ends inside signatureAlgorithm"),
                refused(Arrays.copyOf(shortest.encode(), tbsEnd)));
    }

    @Test
    void bytesAfterTheExtensionsInsideTheirExplicitTagAreRefused() {
        HandMadeCrl crl = VALID.with(
                "crlExtensions", tlv(0xA0, extensions(extension("551D14", "", "020105")), HEX.parseHex("0500")));
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("0500" + "300D"), "2 unexpected bytes after crlExtensions"),
                refused(crl));
    }

    @Test
    void theExplicitTagOfTheExtensionsIsCheckedRecursivelyAtAbsoluteOffsets() {
        HandMadeCrl crl = VALID.with(
                "crlExtensions", tlv(0xA0, extensions(extension("551D14", "", "020105")), HEX.parseHex("0505")));
        assertEquals(
                new CrlProblem.Truncated(
                        crl.offsetOf("0505" + "300D"),
                        "input ends inside crlExtensions (5 content bytes declared, 0 available)"),
                refused(crl));
    }

    /** The issuer is checked as DER before it is read as a Name, and the fault is reported where it is. */
    @Test
    void theIssuerIsCheckedRecursivelyAtAbsoluteOffsets() {
        HandMadeCrl crl = VALID.with("issuer", HEX.parseHex("3003310130"));
        assertEquals(
                new CrlProblem.Truncated(crl.offsetOf("3003310130") + 5, "input ends inside a length"), refused(crl));
    }

    @Test
    void anAlgorithmIdentifierWithAThirdElementIsRefusedAtThatElement() {
        byte[] algorithm = HEX.parseHex("300F06092A864886F70D01010B05000500");
        HandMadeCrl crl = VALID.with("signature", algorithm).withOuterAlgorithm(algorithm);
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf(HEX.formatHex(algorithm)) + 15, "2 unexpected bytes after AlgorithmIdentifier"),
                refused(crl));
    }

    @Test
    void anIndefiniteEntryLengthIsReportedAtTheLength() {
        HandMadeCrl crl = VALID.with("revokedCertificates", tlv(0x30, HEX.parseHex("30800201010000")));
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf("30800201010000") + 1, "indefinite length (BER), which DER forbids"),
                refused(crl));
    }

    /**
     * An entry whose two-octet header claims more than its list holds is refused as an overrun as soon as its header
     * is read, even when the input ends right after that header.
     */
    @Test
    void anEntryOverrunningItsListIsRefusedOnItsHeaderAlone() {
        HandMadeCrl crl = VALID.with("revokedCertificates", HEX.parseHex("30053081900201"))
                .without("crlExtensions");
        int entryAt = (int) crl.offsetOf("30053081900201") + 2;
        assertEquals(
                new CrlProblem.Malformed(entryAt, "CRL entry overruns its parent element"),
                refused(Arrays.copyOf(crl.encode(), entryAt + 3)));
    }

    @Test
    void theEntryLimitIsInclusive() {
        RevocationList two = RevocationList.load(
                new ByteArrayInputStream(VALID.encode()), CA.certificate(), new CrlLimits(1 << 20, 2));
        assertEquals(2, two.size());
        byte[] second = entry("02010B", utcTime("260301130000Z"), new byte[0]);
        assertEquals(
                new CrlProblem.TooLarge(VALID.offsetOf(HEX.formatHex(second)), "more than 1 entries"),
                assertThrows(
                                InvalidCrlException.class,
                                () -> RevocationList.load(
                                        new ByteArrayInputStream(VALID.encode()),
                                        CA.certificate(),
                                        new CrlLimits(1 << 20, 1)))
                        .problem());
    }

    /** A time of 127 octets is read (and refused) as a time; one of 128 is refused for its length alone. */
    @Test
    void aTimeOfAShortFormLengthIsReadAsATime() {
        byte[] long127 = tlv(0x17, new byte[127]);
        HandMadeCrl crl127 = VALID.with("thisUpdate", long127);
        assertEquals(
                new CrlProblem.Malformed(
                        crl127.offsetOf("177F00"), "UTCTime of 127 characters; expected YYMMDDHHMMSSZ"),
                refused(crl127));
        HandMadeCrl crl128 = VALID.with("thisUpdate", tlv(0x17, new byte[128]));
        assertEquals(
                new CrlProblem.Malformed(crl128.offsetOf("17818000"), "thisUpdate is too long for a time"),
                refused(crl128));
    }

    /** A four-octet length is awaited whole: an input ending after its first octet is truncated, not misread. */
    @Test
    void anInputEndingInsideAFourOctetLengthIsTruncated() {
        assertEquals(
                new CrlProblem.Truncated(9, "input ends inside signature"),
                refused(HEX.parseHex("300930070201013084")));
    }

    /** A one-octet length is all the reader waits for before checking the element's size against its bound. */
    @Test
    void anOversizedVersionIsRefusedBeforeItsContentArrives() {
        assertEquals(
                new CrlProblem.TooLarge(4, "version of 131 bytes; at most 3 are accepted"),
                refused(HEX.parseHex("30053003028180")));
    }

    @Test
    void anIndefiniteAlgorithmLengthIsReportedAtTheLength() {
        HandMadeCrl crl = VALID.with("signature", HEX.parseHex("30800000"));
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("30800000") + 1, "indefinite length (BER), which DER forbids"),
                refused(crl));
    }
}
