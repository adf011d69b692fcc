package io.tscns.auth.crl;

import static io.tscns.auth.crl.HandMadeCrl.HEX;
import static io.tscns.auth.crl.HandMadeCrl.entry;
import static io.tscns.auth.crl.HandMadeCrl.extension;
import static io.tscns.auth.crl.HandMadeCrl.extensions;
import static io.tscns.auth.crl.HandMadeCrl.generalizedTime;
import static io.tscns.auth.crl.HandMadeCrl.tlv;
import static io.tscns.auth.crl.HandMadeCrl.utcTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.TestCa;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a single revokedCertificates entry, read in place in the streaming buffer: each entry below ends
 * one byte sooner or later than its content needs, or carries a broken length or time, and is followed by bytes that
 * a reader looking past the entry's end would take for its own. Each refusal is asserted with its exact kind, byte
 * offset and detail, so that a reader that looked past the entry, or reported another offset, would fail.
 */
class CrlEntryStructureTest {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final HandMadeCrl VALID = HandMadeCrl.of(CA);
    private static final byte[] DATE = utcTime("260301120000Z");
    private static final String DATE_HEX = HEX.formatHex(DATE);
    /** A valid entry placed after a broken one: it starts with 30, a byte a reader past the broken entry would see. */
    private static final byte[] NEXT = entry("02010B", DATE, new byte[0]);

    private static CrlProblem refused(HandMadeCrl crl) {
        return assertThrows(InvalidCrlException.class, () -> RevocationList.load(crl.encode(), CA.certificate()))
                .problem();
    }

    private static HandMadeCrl withEntries(byte[]... entries) {
        return VALID.with("revokedCertificates", tlv(0x30, entries));
    }

    @Test
    void anEntryOfTwoBytesIsReadAsASerialNumber() {
        HandMadeCrl crl = withEntries(HEX.parseHex("30020200"), NEXT);
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("30020200") + 2, "serial number is an empty INTEGER"),
                refused(crl));
    }

    @Test
    void anEntryOfOneByteHasNoSerialNumber() {
        HandMadeCrl crl = withEntries(HEX.parseHex("300102"), NEXT);
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("300102") + 2, "CRL entry does not start with the serial number"),
                refused(crl));
    }

    @Test
    void aSerialLengthCutByTheEntryEndIsTruncatedThere() {
        HandMadeCrl crl = withEntries(HEX.parseHex("30020281"), NEXT);
        assertEquals(
                new CrlProblem.Truncated(crl.offsetOf("30020281") + 3, "input ends inside a length"), refused(crl));
    }

    @Test
    void anIndefiniteSerialLengthIsReportedAtTheLength() {
        HandMadeCrl crl = withEntries(HEX.parseHex("300402800000"), NEXT);
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf("300402800000") + 3, "indefinite length (BER), which DER forbids"),
                refused(crl));
    }

    @Test
    void twoBytesAfterTheSerialAreReadAsARevocationDate() {
        HandMadeCrl crl = withEntries(HEX.parseHex("30050201011700"), NEXT);
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf("30050201011700") + 5, "UTCTime of 0 characters; expected YYMMDDHHMMSSZ"),
                refused(crl));
    }

    @Test
    void aRevocationDateOneByteLongerThanItsEntryOverrunsIt() {
        byte[] cut = tlv(
                0x30,
                HEX.parseHex("020101170D"),
                "260301120000".getBytes(StandardCharsets.US_ASCII)); // the Z is missing: the next entry's 30 follows
        HandMadeCrl crl = withEntries(cut, NEXT);
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf(HEX.formatHex(cut)) + 5, "revocation date overruns its CRL entry"),
                refused(crl));
    }

    @Test
    void anImpossibleRevocationDateIsReportedAtTheDate() {
        HandMadeCrl crl = withEntries(entry("020101", utcTime("260230120000Z"), new byte[0]), NEXT);
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("170D323630323330"), "time names no real instant"), refused(crl));
    }

    @Test
    void anImpossibleInvalidityDateIsReportedAtTheDate() {
        byte[] invalidity = extension("551D18", "", HEX.formatHex(generalizedTime("20260230120000Z")));
        HandMadeCrl crl = withEntries(entry("020101", DATE, extensions(invalidity)), NEXT);
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("180F3230323630323330"), "time names no real instant"),
                refused(crl));
    }

    /**
     * An extension that ends after its extnID lacks its extnValue, even when the byte after the entry list (here a
     * stray BOOLEAN in the tbsCertList) could be read as the critical flag.
     */
    @Test
    void anExtensionEndingAfterItsIdentifierHasNoValueWhateverFollowsIt() {
        HandMadeCrl crl = withEntries(entry("020101", DATE, extensions(tlv(0x30, HEX.parseHex("0603551D15")))))
                .without("crlExtensions")
                .with("stray", HEX.parseHex("0101FF"));
        assertEquals(
                new CrlProblem.Malformed(crl.offsetOf("0603551D15") + 5, "extnValue is missing or cut short"),
                refused(crl));
    }

    @Test
    void anIndefiniteExtensionsLengthIsReportedAtTheLength() {
        HandMadeCrl crl = withEntries(tlv(0x30, HEX.parseHex("020101"), DATE, HEX.parseHex("30800000")), NEXT);
        assertEquals(
                new CrlProblem.Malformed(
                        crl.offsetOf(DATE_HEX + "3080") + DATE.length + 1,
                        "indefinite length (BER), which DER forbids"),
                refused(crl));
    }

    @Test
    void anExtensionsLengthCutByTheEntryEndIsTruncatedThere() {
        HandMadeCrl crl = withEntries(tlv(0x30, HEX.parseHex("020101"), DATE, HEX.parseHex("3081")), NEXT);
        assertEquals(
                new CrlProblem.Truncated(
                        crl.offsetOf(DATE_HEX + "3081") + DATE.length + 1, "input ends inside a length"),
                refused(crl));
    }
}
