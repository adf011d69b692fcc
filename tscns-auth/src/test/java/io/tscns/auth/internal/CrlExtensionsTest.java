package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CRL extensions read from a hand-written Extensions SEQUENCE content: the values accepted (cRLNumber zero, an
 * issuingDistributionPoint with a distributionPoint, flags written FALSE explicitly) and, for every element that
 * must end where it does (an extension after extnValue, a number, an ignored extension's value, the
 * issuingDistributionPoint and its value), the refusal of one byte too many at its exact offset; a flag that is not
 * a DER BOOLEAN is refused at the flag.
 */
class CrlExtensionsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String CRL_NUMBER = "0603551D14";
    private static final String ISSUING_DISTRIBUTION_POINT = "0603551D1C";
    private static final String AUTHORITY_KEY_IDENTIFIER = "0603551D23";

    /** A tag, the minimal length of the content, and the content (hex). */
    private static String tlv(int tag, String... contents) {
        String content = String.join("", contents);
        int n = content.length() / 2;
        String length = n < 0x80 ? String.format("%02X", n) : String.format("81%02X", n);
        return String.format("%02X", tag) + length + content;
    }

    /** An extension, not critical, with the given extnValue content. */
    private static String extension(String oid, String value) {
        return tlv(0x30, oid, tlv(0x04, value));
    }

    private static CrlExtensions read(String list) {
        CrlExtensions extensions = new CrlExtensions();
        extensions.read(DerReader.of(HEX.parseHex(list)));
        return extensions;
    }

    /** Asserts that {@code list} is refused as malformed at {@code offset} with {@code detail}. */
    private static void assertMalformed(String list, long offset, String detail) {
        assertEquals(DerProblem.malformed(offset, detail), DerProblem.thrownBy(() -> read(list)));
    }

    /** The offset of the last {@code hex} in {@code list}. */
    private static int lastOffsetOf(String list, String hex) {
        int index = list.lastIndexOf(hex);
        assertEquals(0, index % 2, hex + " is not on a byte boundary");
        return index / 2;
    }

    @Test
    void aCrlNumberMayBeZeroButNothingMayFollowIt() {
        assertEquals(Optional.of(BigInteger.ZERO), read(extension(CRL_NUMBER, "020100")).crlNumber);
        String trailing = extension(CRL_NUMBER, "0201050500");
        assertMalformed(trailing, lastOffsetOf(trailing, "0500"), "2 unexpected bytes after cRLNumber");
    }

    @Test
    void nothingMayFollowTheExtnValue() {
        String list = tlv(0x30, CRL_NUMBER, tlv(0x04, "020105"), "0500");
        assertMalformed(list, lastOffsetOf(list, "0500"), "2 unexpected bytes after CRL extension");
    }

    @Test
    void anIgnoredExtensionsValueMustBeOneElement() {
        assertEquals(Optional.empty(), read(extension(AUTHORITY_KEY_IDENTIFIER, "3000")).crlNumber);
        String list = extension(AUTHORITY_KEY_IDENTIFIER, "30000500");
        assertMalformed(list, lastOffsetOf(list, "0500"), "2 unexpected bytes after 2.5.29.35");
    }

    @Test
    void nothingMayFollowTheIssuingDistributionPoint() {
        String list = extension(ISSUING_DISTRIBUTION_POINT, "30000500");
        assertMalformed(list, lastOffsetOf(list, "0500"), "2 unexpected bytes after issuingDistributionPoint");
    }

    @Test
    void aDistributionPointIsPassedOverBeforeTheFlags() {
        String uri = HEX.formatHex("http://crl.example/ca.crl".getBytes(StandardCharsets.US_ASCII));
        String point = tlv(0xA0, tlv(0xA0, tlv(0x86, uri)));
        assertTrue(read(extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, point, "8201FF"))).onlyCa);
        // It is checked as it is passed over.
        String broken = extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, "A001FF"));
        assertMalformed(broken, lastOffsetOf(broken, "FF"), "multi-octet tag in distributionPoint");
    }

    @Test
    void theFlagsMustComeInTheirOrder() {
        String list = extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, "8201FF", "8101FF"));
        assertMalformed(list, lastOffsetOf(list, "8101FF"), "3 unexpected bytes after issuingDistributionPoint");
    }

    @Test
    void aFlagWrittenFalseIsFalse() {
        assertFalse(read(extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, "820100"))).onlyCa);
        // indirectCRL and onlyContainsAttributeCerts written FALSE are not the features refused.
        assertFalse(
                read(extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, "810100", "820100", "840100", "850100"))).onlyCa);
        assertTrue(read(extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, "810100", "8201FF"))).onlyCa);
    }

    @Test
    void aFlagThatIsNotADerBooleanIsRefusedAtTheFlag() {
        for (String flag : new String[] {"820101", "8202FFFF", "8200"}) {
            String list = extension(ISSUING_DISTRIBUTION_POINT, tlv(0x30, flag));
            assertMalformed(list, lastOffsetOf(list, flag), "onlyContainsCACerts is not a DER BOOLEAN");
        }
    }
}
