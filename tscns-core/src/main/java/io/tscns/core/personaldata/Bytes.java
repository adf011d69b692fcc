package io.tscns.core.personaldata;

/**
 * Byte-level helpers shared by the codec and its error descriptions.
 */
final class Bytes {

    private Bytes() {}

    /**
     * Shows a byte in an error description: its hexadecimal value, and the character when it is printable ASCII.
     *
     * @param value the byte value, 0–255
     * @return for example {@code "0x41 ('A')"} or {@code "0x00"}
     */
    static String show(int value) {
        String hex = String.format("0x%02X", value);
        return value >= 0x20 && value < 0x7F ? hex + " ('" + (char) value + "')" : hex;
    }
}
