package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The in-memory DER reader at the edges of its range: a reader over part of an array never looks past its end, not
 * even at bytes the array holds there; every refusal carries the absolute offset and detail of the exact byte at
 * fault; {@link DerReader#skipChecked} checks constructed contents recursively, primitive contents not at all, and
 * stops at exactly 64 levels of nesting.
 */
class DerReaderTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** {@code levels} SEQUENCEs around a NULL, each length in its minimal form. */
    private static byte[] nested(int levels) {
        byte[] der = {0x05, 0x00};
        for (int i = 0; i < levels; i++) {
            int n = der.length;
            byte[] length = n < 0x80 ? new byte[] {(byte) n} : new byte[] {(byte) 0x81, (byte) n};
            byte[] outer = new byte[1 + length.length + n];
            outer[0] = 0x30;
            System.arraycopy(length, 0, outer, 1, length.length);
            System.arraycopy(der, 0, outer, 1 + length.length, n);
            der = outer;
        }
        return der;
    }

    @Test
    void elementReturnsWholeEncodingsOneAfterAnother() {
        DerReader reader = DerReader.of(HEX.parseHex("0402AABB0500"));
        assertArrayEquals(HEX.parseHex("0402AABB"), reader.element("first"));
        assertEquals(4, reader.offset());
        assertArrayEquals(HEX.parseHex("0500"), reader.element("second"));
        assertFalse(reader.hasMore());
        assertEquals(
                DerProblem.truncated(6, "input ends inside third"), DerProblem.thrownBy(() -> reader.element("third")));
    }

    @Test
    void aReaderOverPartOfAnArrayStopsAtItsEnd() {
        // The array holds a second NULL after the range's end; the reader must not see it.
        DerReader reader = new DerReader(HEX.parseHex("05000500"), 0, 2, 100);
        assertArrayEquals(new byte[0], reader.content(Der.NULL, "first"));
        assertEquals(
                DerProblem.truncated(102, "input ends inside second"),
                DerProblem.thrownBy(() -> reader.content(Der.NULL, "second")));
    }

    @Test
    void lengthOctetsCutByTheEndOfTheRangeAreATruncatedLength() {
        // 05 00 | 04 81 [end] 80 00: the length octet 80 lies past the range's end.
        DerReader reader = new DerReader(HEX.parseHex("050004818000"), 0, 4, 0);
        reader.content(Der.NULL, "null");
        assertEquals(
                DerProblem.truncated(3, "input ends inside a length"),
                DerProblem.thrownBy(() -> reader.content(Der.OCTET_STRING, "octets")));
    }

    @Test
    void aMalformedLengthIsReportedAtItsFirstOctet() {
        DerReader reader = new DerReader(HEX.parseHex("05003080"), 0, 4, 100);
        reader.content(Der.NULL, "null");
        assertEquals(
                DerProblem.malformed(103, "indefinite length (BER), which DER forbids"),
                DerProblem.thrownBy(() -> reader.enter(Der.SEQUENCE, "sequence")));
    }

    @Test
    void contentDeclaredPastTheEndIsTruncatedWithTheCountsInTheDetail() {
        DerReader reader = DerReader.of(HEX.parseHex("05000405AABB"));
        reader.content(Der.NULL, "null");
        assertEquals(
                DerProblem.truncated(2, "input ends inside octets (5 content bytes declared, 2 available)"),
                DerProblem.thrownBy(() -> reader.content(Der.OCTET_STRING, "octets")));
    }

    @Test
    void expectEndCountsTheBytesLeft() {
        DerReader reader = new DerReader(HEX.parseHex("050005000500"), 0, 6, 10);
        reader.content(Der.NULL, "null");
        assertEquals(
                DerProblem.malformed(12, "4 unexpected bytes after the list"),
                DerProblem.thrownBy(() -> reader.expectEnd("the list")));
    }

    @Test
    void skipCheckedLooksInsideConstructedElementsOnly() {
        DerReader empty = DerReader.of(HEX.parseHex("3000"));
        empty.skipChecked("empty");
        assertFalse(empty.hasMore());
        // A primitive element's content is not DER and is not parsed: FF would be a multi-octet tag.
        DerReader primitive = DerReader.of(HEX.parseHex("0401FF"));
        primitive.skipChecked("primitive");
        assertFalse(primitive.hasMore());
        assertEquals(
                DerProblem.malformed(2, "multi-octet tag in constructed"),
                DerProblem.thrownBy(() -> DerReader.of(HEX.parseHex("3001FF")).skipChecked("constructed")));
    }

    @Test
    void skipCheckedFollowsExactlySixtyFourLevelsOfNesting() {
        // 64 SEQUENCEs put the NULL at depth 64, the deepest accepted; one more puts it at 65.
        DerReader deepest = DerReader.of(nested(64));
        deepest.skipChecked("nested");
        assertFalse(deepest.hasMore());
        byte[] tooDeep = nested(65);
        assertEquals(
                DerProblem.malformed(tooDeep.length - 2, "nested nests deeper than 64 levels"),
                DerProblem.thrownBy(() -> DerReader.of(tooDeep).skipChecked("nested")));
    }
}
