package io.tscns.card.fs;

/**
 * The kind of a file, from the first byte of the file descriptor (tag 82 of the FCP; <i>tipo di file</i>,
 * ISO/IEC 7816-4 §7.4.5).
 *
 * @since 0.1.0
 */
public enum FileType {

    /** A dedicated file (<i>DF</i>, directory): descriptor 38 (or 78, shareable). */
    DEDICATED_FILE,
    /** A working elementary file with transparent structure, read with READ BINARY: descriptor 01 (or 41). */
    TRANSPARENT_EF,
    /** A working elementary file with record structure: descriptors 02 to 07. */
    RECORD_EF,
    /** An internal elementary file (keys, PINs) the card uses itself: category 1 (descriptors 08 to 0F). */
    INTERNAL_EF,
    /** Any other descriptor (proprietary or reserved). */
    OTHER;

    /**
     * Decodes a file descriptor byte.
     *
     * @param descriptor the first byte of tag 82
     * @return the kind of file
     */
    public static FileType of(int descriptor) {
        if ((descriptor & 0xBF) == 0x38) {
            return DEDICATED_FILE;
        }
        if ((descriptor & 0x80) != 0) {
            return OTHER;
        }
        int category = (descriptor >>> 3) & 0x07;
        int structure = descriptor & 0x07;
        if (category == 1) {
            return INTERNAL_EF;
        }
        if (category != 0) {
            return OTHER;
        }
        return switch (structure) {
            case 1 -> TRANSPARENT_EF;
            case 2, 3, 4, 5, 6, 7 -> RECORD_EF;
            default -> OTHER;
        };
    }
}
