package io.tscns.auth.crl;

import static io.tscns.auth.crl.HandMadeCrl.HEX;
import static io.tscns.auth.crl.HandMadeCrl.KEY_COMPROMISE;
import static io.tscns.auth.crl.HandMadeCrl.entry;
import static io.tscns.auth.crl.HandMadeCrl.extension;
import static io.tscns.auth.crl.HandMadeCrl.extensions;
import static io.tscns.auth.crl.HandMadeCrl.generalizedTime;
import static io.tscns.auth.crl.HandMadeCrl.tlv;
import static io.tscns.auth.crl.HandMadeCrl.utcTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader's own structural checks, on CRLs whose signature is valid: each tbsCertList below is written by hand,
 * broken in one place and signed by the test CA, so that only the check under test can refuse it. Each refusal is
 * asserted with its exact problem and byte offset.
 */
class CrlStructureTest {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final HandMadeCrl VALID = HandMadeCrl.of(CA);
    private static final byte[] DATE = utcTime("260301120000Z");
    private static final String UNKNOWN_OID = "883703"; // 2.999.3

    private static RevocationList load(HandMadeCrl crl) {
        return RevocationList.load(crl.encode(), CA.certificate());
    }

    private static CrlProblem refused(HandMadeCrl crl) {
        return assertThrows(InvalidCrlException.class, () -> load(crl)).problem();
    }

    private static void assertMalformed(HandMadeCrl crl, long offset, String detail) {
        assertEquals(new CrlProblem.Malformed(offset, detail), refused(crl));
    }

    private static HandMadeCrl withEntries(byte[]... entries) {
        return VALID.with("revokedCertificates", tlv(0x30, entries));
    }

    @Test
    void theHandMadeCrlLoadsAsWritten() {
        RevocationList list = load(VALID);
        assertEquals(2, list.size());
        assertEquals(Optional.of(BigInteger.valueOf(5)), list.crlNumber());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), list.thisUpdate());
        assertEquals(Optional.of(Instant.parse("2026-03-03T09:00:00Z")), list.nextUpdate());
        RevokedEntry first = list.find(BigInteger.TEN).orElseThrow();
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), first.revocationDate());
        assertEquals(Optional.of(CRLReason.KEY_COMPROMISE), first.reason());
        assertEquals(
                Optional.empty(),
                list.find(BigInteger.valueOf(11)).orElseThrow().reason());
        assertEquals(4, VALID.tbsOffset());
    }

    @Test
    void theVersionMustBeV2AndAV1CrlHasNoExtensions() {
        HandMadeCrl v3 = VALID.with("version", HEX.parseHex("020102"));
        assertMalformed(v3, v3.offsetOf("020102300D"), "CRL version is not v2 (INTEGER 1)");
        HandMadeCrl v1WithExtensions = VALID.without("version");
        assertMalformed(
                v1WithExtensions, v1WithExtensions.offsetOf("A00E300C300A0603551D14"), "a v1 CRL has extensions");
        RevocationList v1 = load(VALID.without("version").without("crlExtensions"));
        assertEquals(Optional.empty(), v1.crlNumber());
        assertEquals(2, v1.size());
    }

    @Test
    void timesMustBeCompleteRealAndInUtc() {
        HandMadeCrl noSeconds = VALID.with("thisUpdate", utcTime("2603020900Z"));
        assertMalformed(noSeconds, noSeconds.offsetOf("170B"), "UTCTime of 11 characters; expected YYMMDDHHMMSSZ");
        HandMadeCrl thirtiethOfFebruary = VALID.with("thisUpdate", utcTime("260230090000Z"));
        assertMalformed(
                thirtiethOfFebruary, thirtiethOfFebruary.offsetOf("170D323630323330"), "time names no real instant");
        HandMadeCrl local = VALID.with("thisUpdate", utcTime("2603020900001"));
        assertMalformed(local, local.offsetOf("170D32363033303230393030303031"), "time does not end in Z (UTC)");
        HandMadeCrl letter = VALID.with("nextUpdate", utcTime("26030309000AZ"));
        assertMalformed(
                letter,
                letter.offsetOf("170D3236303330333039303030415A"),
                "time has a non-digit where a digit belongs");
        RevocationList generalized = load(VALID.with("nextUpdate", generalizedTime("20500303090000Z")));
        assertEquals(Optional.of(Instant.parse("2050-03-03T09:00:00Z")), generalized.nextUpdate());
        RevocationList leapDay = load(VALID.with("thisUpdate", utcTime("240229090000Z")));
        assertEquals(Instant.parse("2024-02-29T09:00:00Z"), leapDay.thisUpdate());
    }

    @Test
    void serialNumbersAreMinimalIntegersInsideTheirEntry() {
        HandMadeCrl padded = withEntries(entry("0202007F", DATE, new byte[0]));
        assertMalformed(padded, padded.offsetOf("0202007F"), "serial number is not in the fewest octets");
        HandMadeCrl empty = withEntries(entry("0200", DATE, new byte[0]));
        assertMalformed(empty, empty.offsetOf("0200"), "serial number is an empty INTEGER");
        HandMadeCrl overrun = withEntries(HEX.parseHex("300302050A"));
        assertMalformed(overrun, overrun.offsetOf("02050A"), "serial number overruns its CRL entry");
        HandMadeCrl noDate = withEntries(HEX.parseHex("3003020100"));
        assertMalformed(noDate, noDate.offsetOf("3003020100") + 5, "CRL entry has no revocation date");
        HandMadeCrl notASerial = withEntries(tlv(0x30, HEX.parseHex("0401FF"), DATE));
        assertMalformed(notASerial, notASerial.offsetOf("0401FF"), "CRL entry does not start with the serial number");
        HandMadeCrl dateOverrun = withEntries(HEX.parseHex("3006020101170D32"));
        assertMalformed(
                dateOverrun, dateOverrun.offsetOf("3006020101170D32") + 5, "revocation date overruns its CRL entry");
        byte[] negative = entry("0201FF", DATE, new byte[0]);
        assertTrue(load(withEntries(negative)).find(BigInteger.ONE.negate()).isPresent());
    }

    @Test
    void entriesAreSequencesOfBoundedSizeInsideTheList() {
        HandMadeCrl set = withEntries(tlv(0x31, HEX.parseHex("020101"), DATE));
        assertMalformed(set, set.offsetOf("3112020101"), "CRL entry has tag 31; expected 30");
        byte[] big = entry("020101", DATE, extensions(extension(UNKNOWN_OID, "", "00".repeat(5000))));
        HandMadeCrl tooBig = withEntries(big);
        assertEquals(
                new CrlProblem.TooLarge(
                        tooBig.offsetOf(HEX.formatHex(big, 0, 6)),
                        "CRL entry of " + (big.length - 4) + " bytes; at most 4096 are accepted"),
                refused(tooBig));
        byte[] list = tlv(0x30, entry("020101", DATE, new byte[0]));
        list[1] += 3; // the list claims three bytes the tbsCertList does not have
        HandMadeCrl overrun = VALID.with("revokedCertificates", list).without("crlExtensions");
        assertMalformed(
                overrun,
                overrun.offsetOf(HEX.formatHex(list, 0, 4)),
                "revokedCertificates overruns its parent " + "element");
    }

    /**
     * A CRL may end at its nextUpdate: no entries, no extensions. What follows is the outer signatureAlgorithm, a
     * SEQUENCE like the entry list, which the reader must not take for one.
     */
    @Test
    void aCrlEndingAtItsNextUpdateListsNothing() {
        RevocationList empty = load(VALID.without("revokedCertificates").without("crlExtensions"));
        assertEquals(0, empty.size());
        assertEquals(Optional.empty(), empty.crlNumber());
        assertEquals(Optional.of(Instant.parse("2026-03-03T09:00:00Z")), empty.nextUpdate());
    }

    /** A signatureValue needs an octet past its unused-bits count: with none it is malformed, with one it is checked. */
    @Test
    void aSignatureValueOfNoOctetsIsMalformedAndOfOneOctetIsABadSignature() {
        byte[] empty = tlv(0x30, VALID.tbs(), HandMadeCrl.SHA256_WITH_RSA, HEX.parseHex("030100"));
        assertEquals(
                new CrlProblem.Malformed(empty.length - 3, "signatureValue is empty or has unused bits"),
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(empty, CA.certificate()))
                        .problem());
        byte[] oneOctet = tlv(0x30, VALID.tbs(), HandMadeCrl.SHA256_WITH_RSA, HEX.parseHex("03020055"));
        assertEquals(
                new CrlProblem.BadSignature(CA.name().getName()),
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(oneOctet, CA.certificate()))
                        .problem());
    }

    /** An entry of 4,096 bytes, header included, is read; one of 4,097 is refused, and so is one overrunning the list. */
    @Test
    void theEntrySizeLimitIsInclusiveAndAnEntryMustEndInsideTheList() {
        byte[] atLimit = entryOfSize(4096);
        RevocationList list = load(withEntries(atLimit));
        assertEquals(1, list.size());
        assertTrue(list.find(BigInteger.ONE).isPresent());
        byte[] overLimit = entryOfSize(4097);
        HandMadeCrl tooBig = withEntries(overLimit);
        assertEquals(
                new CrlProblem.TooLarge(
                        tooBig.offsetOf(HEX.formatHex(overLimit, 0, 6)),
                        "CRL entry of 4093 bytes; at most 4096 are accepted"),
                refused(tooBig));
        byte[] overrunning = entry("020102", DATE, new byte[0]);
        overrunning[1] += 3; // the entry claims three bytes past the end of the list
        HandMadeCrl overrun = withEntries(entry("020101", DATE, new byte[0]), overrunning);
        assertMalformed(overrun, overrun.offsetOf(HEX.formatHex(overrunning)), "CRL entry overruns its parent element");
    }

    /** A CertificateList whose length ends inside its tbsCertList is refused at the tbsCertList. */
    @Test
    void theTbsCertListMustEndInsideTheCertificateList() {
        byte[][] entries = new byte[20][];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry(String.format("0201%02X", i + 1), DATE, new byte[0]);
        }
        byte[] der = withEntries(entries).encode(); // a tbsCertList over 265 bytes, so that 10 less is still DER's 0x82
        assertEquals(0x82, der[1] & 0xFF, "the CertificateList's length takes two octets");
        int octets = der[5] & 0x7F; // the tbsCertList's length is in the long form: 0x81 or 0x82, then the octets
        int tbsLength = 0;
        for (int i = 0; i < octets; i++) {
            tbsLength = tbsLength << 8 | (der[6 + i] & 0xFF);
        }
        int tbsEncoded = 2 + octets + tbsLength;
        byte[] shortened = der.clone();
        int length = tbsEncoded - 10; // the CertificateList now ends ten bytes before its tbsCertList does
        shortened[2] = (byte) (length >> 8);
        shortened[3] = (byte) length;
        assertTrue(length >= 256, "the shortened length still takes two octets: " + length);
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(shortened, CA.certificate()));
        assertEquals(new CrlProblem.Malformed(4, "tbsCertList overruns its parent element"), e.problem());
    }

    /** An entry of serial 1, the revocation date and an unknown extension padded to the given encoded size. */
    private static byte[] entryOfSize(int size) {
        for (int padding = size - 40; padding < size; padding++) {
            byte[] entry = entry("020101", DATE, extensions(extension(UNKNOWN_OID, "", "00".repeat(padding))));
            if (entry.length == size) {
                return entry;
            }
        }
        throw new AssertionError("no padding gives an entry of " + size + " bytes");
    }

    @Test
    void reasonCodesAreOneOctetCrlReasonsAndAppearOnce() {
        HandMadeCrl seven = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "0A0107"))));
        assertMalformed(seven, seven.offsetOf("0A0107"), "reasonCode 7 is not a CRLReason (0-6, 8-10)");
        HandMadeCrl eleven = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "0A010B"))));
        assertMalformed(eleven, eleven.offsetOf("0A010B"), "reasonCode 11 is not a CRLReason (0-6, 8-10)");
        HandMadeCrl negative = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "0A01FF"))));
        assertMalformed(negative, negative.offsetOf("0A01FF"), "reasonCode -1 is not a CRLReason (0-6, 8-10)");
        HandMadeCrl twoOctets = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "0A020001"))));
        assertMalformed(twoOctets, twoOctets.offsetOf("0A020001"), "reasonCode is not a one-octet ENUMERATED");
        HandMadeCrl integer = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "020101"))));
        assertMalformed(integer, integer.offsetOf("0403020101") + 2, "reasonCode is not a one-octet ENUMERATED");
        byte[] reason = extension("551D15", "", "0A0101");
        HandMadeCrl twice = withEntries(entry("020101", DATE, extensions(reason, reason)));
        assertMalformed(
                twice,
                twice.offsetOf(HEX.formatHex(reason) + HEX.formatHex(reason)) + reason.length,
                "reasonCode appears twice");
        for (int code : new int[] {0, 6, 8, 10}) {
            byte[] encoded = extensions(extension("551D15", "", String.format("0A01%02X", code)));
            RevocationList delta = load(withEntries(entry("020101", DATE, encoded))
                    .with(
                            "crlExtensions",
                            tlv(
                                    0xA0,
                                    extensions(
                                            extension("551D14", "", "020106"),
                                            extension("551D1B", "0101FF", "020105")))));
            assertEquals(code == 8, delta.find(BigInteger.ONE).isEmpty(), "code " + code);
        }
    }

    @Test
    void anExplicitCriticalFalseIsAcceptedButAnyOtherNonDerBooleanIsNot() {
        byte[] explicitFalse =
                extensions(extension("551D15", "010100", "0A0101"), extension(UNKNOWN_OID, "010100", "0500"));
        RevocationList lenient = load(withEntries(entry("020101", DATE, explicitFalse)));
        assertEquals(
                Optional.of(CRLReason.KEY_COMPROMISE),
                lenient.find(BigInteger.ONE).orElseThrow().reason());
        byte[] explicitTrue = extensions(extension("551D15", "0101FF", "0A0104"));
        assertEquals(
                Optional.of(CRLReason.SUPERSEDED),
                load(withEntries(entry("020101", DATE, explicitTrue)))
                        .find(BigInteger.ONE)
                        .orElseThrow()
                        .reason());
        HandMadeCrl notDer = withEntries(entry("020101", DATE, extensions(extension("551D15", "010101", "0A0101"))));
        assertMalformed(notDer, notDer.offsetOf("010101"), "critical is not a DER BOOLEAN");
        HandMadeCrl twoOctets =
                withEntries(entry("020101", DATE, extensions(extension("551D15", "0102FFFF", "0A0101"))));
        assertMalformed(twoOctets, twoOctets.offsetOf("0102FFFF"), "critical is not a DER BOOLEAN");
        HandMadeCrl unknownCritical =
                withEntries(entry("020101", DATE, extensions(extension(UNKNOWN_OID, "0101FF", "0500"))));
        assertEquals(new CrlProblem.UnknownCriticalExtension("2.999.3", true), refused(unknownCritical));

        RevocationList crlLevelFalse = load(VALID.with(
                "crlExtensions",
                tlv(
                        0xA0,
                        extensions(
                                extension("551D14", "010100", "020107"), extension(UNKNOWN_OID, "010100", "0500")))));
        assertEquals(Optional.of(BigInteger.valueOf(7)), crlLevelFalse.crlNumber());
        HandMadeCrl crlLevelNotDer =
                VALID.with("crlExtensions", tlv(0xA0, extensions(extension(UNKNOWN_OID, "010101", "0500"))));
        assertMalformed(crlLevelNotDer, crlLevelNotDer.offsetOf("010101"), "critical is not a DER BOOLEAN");
        HandMadeCrl crlLevelCritical =
                VALID.with("crlExtensions", tlv(0xA0, extensions(extension(UNKNOWN_OID, "0101FF", "0500"))));
        assertEquals(new CrlProblem.UnknownCriticalExtension("2.999.3", false), refused(crlLevelCritical));
    }

    @Test
    void entryExtensionsAreWellFormedAndEndTheEntry() {
        HandMadeCrl empty = withEntries(entry("020101", DATE, HEX.parseHex("3000")));
        assertMalformed(empty, empty.offsetOf("020101170D") + 18, "crlEntryExtensions is empty");
        HandMadeCrl trailing =
                withEntries(tlv(0x30, HEX.parseHex("020101"), DATE, KEY_COMPROMISE, HEX.parseHex("0500")));
        assertMalformed(
                trailing,
                trailing.offsetOf(HEX.formatHex(KEY_COMPROMISE)) + KEY_COMPROMISE.length,
                "unexpected bytes after crlEntryExtensions");
        HandMadeCrl inside = withEntries(entry(
                "020101",
                DATE,
                extensions(tlv(
                        0x30, HEX.parseHex("0603551D15"), tlv(0x04, HEX.parseHex("0A0101")), HEX.parseHex("0500")))));
        assertMalformed(inside, inside.offsetOf("300C0603551D15"), "unexpected bytes in an entry extension");
        HandMadeCrl noValue = withEntries(entry("020101", DATE, extensions(tlv(0x30, HEX.parseHex("0603551D15")))));
        assertMalformed(noValue, noValue.offsetOf("0603551D15") + 5, "extnValue is missing or cut short");
        HandMadeCrl notOid = withEntries(entry(
                "020101", DATE, extensions(tlv(0x30, HEX.parseHex("0403551D15"), tlv(0x04, HEX.parseHex("0A0101"))))));
        assertMalformed(notOid, notOid.offsetOf("0403551D15"), "extnID has tag 04; expected 06");
        HandMadeCrl overrun = withEntries(entry("020101", DATE, HEX.parseHex("3005300306")));
        assertMalformed(overrun, overrun.offsetOf("3005300306"), "crlEntryExtensions overruns its parent element");
    }

    @Test
    void invalidityDatesAreGeneralizedTimes() {
        RevocationList withDate = load(withEntries(entry(
                "020101",
                DATE,
                extensions(extension("551D18", "", HEX.formatHex(generalizedTime("20260228235959Z")))))));
        assertEquals(
                Optional.of(Instant.parse("2026-02-28T23:59:59Z")),
                withDate.find(BigInteger.ONE).orElseThrow().invalidityDate());
        HandMadeCrl utc = withEntries(
                entry("020101", DATE, extensions(extension("551D18", "", HEX.formatHex(utcTime("260228235959Z"))))));
        assertMalformed(utc, utc.offsetOf("170D323630323238"), "invalidityDate is not a GeneralizedTime");
        byte[] date = extension("551D18", "", HEX.formatHex(generalizedTime("20260228235959Z")));
        HandMadeCrl twice = withEntries(entry("020101", DATE, extensions(date, date)));
        assertMalformed(
                twice,
                twice.offsetOf(HEX.formatHex(date) + HEX.formatHex(date)) + date.length,
                "invalidityDate appears twice");
    }

    @Test
    void removeFromCrlBelongsInADeltaOnly() {
        HandMadeCrl full = withEntries(entry("020101", DATE, extensions(extension("551D15", "", "0A0108"))));
        assertMalformed(full, full.tbsOffset(), "a CRL that is not a delta CRL lists removeFromCRL");
    }

    @Test
    void crlExtensionsAreReadStrictly() {
        HandMadeCrl twice = VALID.with(
                "crlExtensions",
                tlv(0xA0, extensions(extension("551D14", "", "020105"), extension("551D14", "", "020106"))));
        assertMalformed(twice, twice.offsetOf("300A0603551D140403020106"), "CRL extension 2.5.29.20 appears twice");
        HandMadeCrl negative = VALID.with("crlExtensions", tlv(0xA0, extensions(extension("551D14", "", "0201FF"))));
        assertMalformed(negative, negative.offsetOf("04030201FF") + 2, "cRLNumber is negative");
        HandMadeCrl padded = VALID.with("crlExtensions", tlv(0xA0, extensions(extension("551D14", "", "02020005"))));
        assertMalformed(padded, padded.offsetOf("040402020005") + 2, "cRLNumber is not in the fewest octets");
        HandMadeCrl stray = VALID.with("crlExtensions", HEX.parseHex("0500"));
        assertMalformed(stray, stray.offsetOf("0500" + "300D"), "crlExtensions has tag 05; expected A0");
        HandMadeCrl after = VALID.with("stray", HEX.parseHex("0500"));
        assertMalformed(after, after.offsetOf("0500" + "300D"), "tbsCertList has unexpected content");
    }

    @Test
    void theSignatureAndTheOuterSequenceAreStrict() {
        HandMadeCrl unused = VALID.withUnusedBits();
        assertMalformed(unused, unused.offsetOf("0382010101"), "signatureValue is empty or has unused bits");
        HandMadeCrl extra = VALID.withAfterSignature(HEX.parseHex("0500"));
        byte[] der = extra.encode();
        assertMalformed(extra, der.length - 2, "CertificateList has unexpected content");
        byte[] after = java.util.Arrays.copyOf(VALID.encode(), VALID.encode().length + 1);
        InvalidCrlException e =
                assertThrows(InvalidCrlException.class, () -> RevocationList.load(after, CA.certificate()));
        assertEquals(
                new CrlProblem.Malformed(after.length - 1, "bytes follow the end of the outer element"), e.problem());
        HandMadeCrl sha384 = VALID.withOuterAlgorithm(HEX.parseHex("300D06092A864886F70D01010C0500"));
        assertEquals(new CrlProblem.AlgorithmMismatch(), refused(sha384));
        HandMadeCrl md5 = VALID.with("signature", HEX.parseHex("300D06092A864886F70D0101040500"));
        assertEquals(new CrlProblem.UnsupportedSignatureAlgorithm("1.2.840.113549.1.1.4"), refused(md5));
    }

    @Test
    void theIssuerMustBeTheCaAndAName() {
        HandMadeCrl notAName = VALID.with("issuer", HEX.parseHex("3003020100"));
        assertMalformed(notAName, notAName.offsetOf("3003020100"), "issuer is not a valid Name");
        TestCa other = AuthFixtures.PKI.issuingCa(TestIssuer.LOMBARDIA);
        assertEquals(
                new CrlProblem.WrongIssuer(CA.name().getName(), other.name().getName()),
                refused(VALID.with("issuer", other.name().getEncoded())));
    }
}
