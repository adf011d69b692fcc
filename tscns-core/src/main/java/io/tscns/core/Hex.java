package io.tscns.core;

import java.util.Objects;

/**
 * Hexadecimal text for bytes, as used throughout smart-card work (APDU traces, ATRs, test vectors).
 *
 * <p>{@link #format(byte[])} writes upper-case pairs without separators; {@link #parse(CharSequence)} accepts either
 * case and ignores white space and colons, so {@code "3B FF 18"} and {@code "3b:ff:18"} both read. Never use it on a
 * secret: a hex string is an immutable copy that cannot be wiped.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /**
     * Formats bytes as upper-case hexadecimal, two characters per byte, no separators.
     *
     * @param bytes the bytes
     * @return the hexadecimal text
     */
    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    /**
     * Formats a range of bytes as upper-case hexadecimal, two characters per byte, no separators.
     *
     * @param bytes  the bytes
     * @param offset the first byte to format
     * @param length how many bytes to format
     * @return the hexadecimal text
     * @throws IndexOutOfBoundsException if the range is outside the array
     */
    public static String format(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0F];
        }
        return new String(out);
    }

    /**
     * Formats one byte as two upper-case hexadecimal characters.
     *
     * @param b the byte (only the low 8 bits are used)
     * @return two characters
     */
    public static String format(int b) {
        return new String(new char[] {DIGITS[(b >>> 4) & 0x0F], DIGITS[b & 0x0F]});
    }

    /**
     * Parses hexadecimal text, ignoring white space and colons between digits.
     *
     * @param text the text
     * @return the bytes
     * @throws IllegalArgumentException if a character is not a hex digit, white space or a colon, or if the number
     *                                  of digits is odd; the message names the offending position
     */
    public static byte[] parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        byte[] out = new byte[text.length() / 2];
        int count = 0;
        int high = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || Character.isWhitespace(c)) {
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0 || c > 'f') {
                throw new IllegalArgumentException("not a hexadecimal digit at position " + i);
            }
            if (high < 0) {
                high = v;
            } else {
                out[count++] = (byte) ((high << 4) | v);
                high = -1;
            }
        }
        if (high >= 0) {
            throw new IllegalArgumentException("odd number of hexadecimal digits");
        }
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
    }
}
