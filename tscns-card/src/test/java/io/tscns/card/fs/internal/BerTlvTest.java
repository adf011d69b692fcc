package io.tscns.card.fs.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BER-TLV reader on vectors written by hand from ISO/IEC 7816-4 §5.2. */
class BerTlvTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static List<BerTlv> parse(String hex) {
        byte[] data = HEX.parseHex(hex);
        return BerTlv.parseAll(data, 0, data.length);
    }

    private static void assertObject(int tag, String value, BerTlv object) {
        assertEquals(tag, object.tag(), Integer.toHexString(object.tag()));
        assertEquals(value, HEX.formatHex(object.value()));
        assertEquals(value.length() / 2, object.length());
    }

    @Test
    void readsShortFormObjectsAndSkipsFillerBytes() {
        List<BerTlv> objects = parse("00" + "820138" + "FFFF" + "8302" + "3F00" + "8000" + "00");
        assertEquals(3, objects.size());
        assertObject(0x82, "38", objects.get(0));
        assertObject(0x83, "3F00", objects.get(1));
        assertObject(0x80, "", objects.get(2));
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse("00FF00"));
    }

    @Test
    void readsTagsOfTwoAndThreeBytes() {
        List<BerTlv> objects = parse("9F3802AABB" + "5F810101CC" + "1F0100");
        assertObject(0x9F38, "AABB", objects.get(0));
        assertObject(0x5F8101, "CC", objects.get(1));
        assertObject(0x1F01, "", objects.get(2));
    }

    @Test
    void readsLongFormLengthsOfOneTwoAndThreeBytes() {
        String v128 = "A5".repeat(128);
        String v256 = "5A".repeat(256);
        String v65536 = "01".repeat(65536);
        List<BerTlv> objects = parse(
                "858180" + v128 + "8682" + "0100" + v256 + "878301" + "0000" + v65536 + "8881" + "05" + "0102030405");
        assertEquals(4, objects.size());
        assertObject(0x85, v128, objects.get(0));
        assertObject(0x86, v256, objects.get(1));
        assertObject(0x87, v65536, objects.get(2));
        assertObject(0x88, "0102030405", objects.get(3));
    }

    @Test
    void readsOnlyTheGivenRange() {
        byte[] data = HEX.parseHex("FFFF" + "8001AA" + "8101BB" + "8201");
        List<BerTlv> objects = BerTlv.parseAll(data, 2, 6);
        assertEquals(2, objects.size());
        assertObject(0x80, "AA", objects.get(0));
        assertObject(0x81, "BB", objects.get(1));
        // An object whose value lies beyond the range is refused even though the array holds the bytes.
        BerTlv.MalformedTlvException e =
                assertThrows(BerTlv.MalformedTlvException.class, () -> BerTlv.parseAll(data, 2, 2));
        assertEquals("tag 80 announces 1 value bytes but only 0 remain (offset 2)", e.getMessage());
    }

    @Test
    void valuesAreCopies() {
        BerTlv object = parse("8001AA").get(0);
        object.value()[0] = 0;
        assertArrayEquals(new byte[] {(byte) 0xAA}, object.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "9F          | tag 9F is cut off (offset 0)",
                "80009F      | tag 9F is cut off (offset 2)",
                "5F81        | tag 5F81 is cut off (offset 0)",
                "5F81818101  | tag longer than 3 bytes (offset 0)",
                "84          | tag 84 has no length byte (offset 0)",
                "9F38        | tag 9F38 has no length byte (offset 0)",
                "8480        | length byte 80 is not a definite length of at most 3 bytes (offset 1)",
                "848401000000| length byte 84 is not a definite length of at most 3 bytes (offset 1)",
                "848201      | length field is cut off (offset 1)",
                "8481        | length field is cut off (offset 1)",
                "84050102    | tag 84 announces 5 value bytes but only 2 remain (offset 0)",
                "8001AA8482FFFF01| tag 84 announces 65535 value bytes but only 1 remain (offset 3)",
            })
    void malformedInputNamesTheProblemAndItsOffset(String hex, String message) {
        BerTlv.MalformedTlvException e = assertThrows(BerTlv.MalformedTlvException.class, () -> parse(hex));
        assertEquals(message, e.getMessage());
        assertTrue(e instanceof io.tscns.core.TscnsException);
    }

    @Test
    void longFormLengthsOfOneToThreeOctetsAreReadUpToTheLastByte() {
        List<BerTlv> objects = parse("80" + "83000001" + "AA");
        assertEquals(1, objects.size());
        assertObject(0x80, "AA", objects.get(0));
        List<BerTlv> emptyAtTheEnd = parse("82" + "8100");
        assertEquals(1, emptyAtTheEnd.size());
        assertObject(0x82, "", emptyAtTheEnd.get(0));
    }
}
