package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The strict length rules of {@link Der#length} at their edges: a long form whose first octet is zero is not
 * minimal even when its value needs the long form, and the largest length accepted is exactly
 * {@link Integer#MAX_VALUE}.
 */
class DerLengthTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aLeadingZeroOctetIsNotMinimalEvenForALongFormValue() {
        // The tag 04 before the length octets must play no part in the check.
        byte[] der = HEX.parseHex("04820080");
        assertEquals(
                DerProblem.malformed(101, "length 128 not in the fewest octets"),
                DerProblem.thrownBy(() -> Der.length(der, 1, 3, 101)));
        assertEquals(128L | (2L << 32), Der.length(HEX.parseHex("048180"), 1, 2, 101));
    }

    @Test
    void theLargestLengthIsIntegerMaxValue() {
        assertEquals(Integer.MAX_VALUE | (5L << 32), Der.length(HEX.parseHex("847FFFFFFF"), 0, 5, 0));
        assertEquals(
                DerProblem.tooLarge(7, "length 2147483648 exceeds 2 GiB"),
                DerProblem.thrownBy(() -> Der.length(HEX.parseHex("8480000000"), 0, 5, 7)));
    }
}
