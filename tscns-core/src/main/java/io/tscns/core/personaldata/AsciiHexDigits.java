package io.tscns.core.personaldata;

/**
 * The ASCII hexadecimal digits of the length header and field lengths.
 */
final class AsciiHexDigits {

    private AsciiHexDigits() {}

    /**
     * Returns the value of a hexadecimal digit in either case.
     *
     * @param b any byte
     * @return 0–15, or -1 if the byte is not {@code 0-9}, {@code A-F} or {@code a-f}
     */
    static int value(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }

    /**
     * Tells whether a byte is a lower-case hexadecimal letter.
     *
     * @param b any byte
     * @return {@code true} for {@code a}–{@code f}
     */
    static boolean isLowerCaseLetter(byte b) {
        return b >= 'a' && b <= 'f';
    }

    /**
     * Returns the ASCII digit for a value.
     *
     * @param value     0–15
     * @param lowerCase whether a letter is written in lower case
     * @return the digit byte
     */
    static byte digit(int value, boolean lowerCase) {
        if (value < 10) {
            return (byte) ('0' + value);
        }
        return (byte) ((lowerCase ? 'a' : 'A') + value - 10);
    }
}
