package io.tscns.card.profile;

import java.util.HexFormat;

/**
 * Helpers for ATR test vectors.
 */
final class AtrVectors {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private AtrVectors() {}

    /**
     * Appends the right TCK to an ATR given without it, for vectors whose TCK the sources leave open ("..").
     *
     * @param hexWithoutTck the ATR up to the last historical byte
     * @return the full ATR in hexadecimal
     */
    static String withTck(String hexWithoutTck) {
        byte[] bytes = HEX.parseHex(hexWithoutTck);
        int tck = 0;
        for (int i = 1; i < bytes.length; i++) {
            tck ^= bytes[i];
        }
        return HEX.formatHex(bytes) + HEX.toHexDigits((byte) (tck & 0xFF));
    }
}
