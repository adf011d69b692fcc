package io.tscns.card.fs;

import java.util.Locale;

/**
 * A file identifier (<i>identificativo del file, FID</i>): two bytes naming a file within its parent DF, e.g.
 * {@code 1003} for EF.ID_Carta ({@code docs/card.md §1.1}). Immutable.
 *
 * @param value the identifier, 0000 to FFFF
 * @since 0.1.0
 */
public record FileId(int value) {

    /** The master file (<i>MF</i>). */
    public static final FileId MASTER_FILE = new FileId(0x3F00);

    /**
     * Checks the range.
     *
     * @throws InvalidCardPathException if the value is not two bytes
     */
    public FileId {
        if (value < 0 || value > 0xFFFF) {
            throw new InvalidCardPathException("file identifier " + value + " is not two bytes");
        }
    }

    /**
     * Reads a file identifier from four hexadecimal digits.
     *
     * @param hex e.g. {@code "1003"}
     * @return the identifier
     * @throws InvalidCardPathException if the text is not four hexadecimal digits
     */
    public static FileId parse(String hex) {
        if (hex.length() != 4) {
            throw new InvalidCardPathException("file identifier \"" + hex + "\" is not four hexadecimal digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                throw new InvalidCardPathException(
                        "file identifier \"" + hex + "\" has a non-hexadecimal character at " + "position " + (i + 1));
            }
            value = (value << 4) | digit;
        }
        return new FileId(value);
    }

    /**
     * Returns the identifier as four upper-case hexadecimal digits.
     *
     * @return e.g. {@code "1003"}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04X", value);
    }
}
