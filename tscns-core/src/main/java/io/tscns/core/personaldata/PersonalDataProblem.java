package io.tscns.core.personaldata;

import io.tscns.core.Problem;

/**
 * What was wrong with an {@code EF.Dati_personali} file being decoded, or with field values being encoded. Callers
 * that branch on the failure use these records; people read {@link #describe()}. Offsets are 0-based byte offsets
 * into the file. No description repeats the personal data it rejects; at most it shows the one offending byte.
 *
 * @since 0.1.0
 */
public sealed interface PersonalDataProblem extends Problem {

    /**
     * The file, or the file size asked for, is larger than an elementary file can be: the size in the FCI is a
     * two-byte number ({@code 80 02 01 90} for the 400-byte file of {@code docs/card.md §1.2}).
     *
     * @param size    the size found or asked for
     * @param maximum the largest size accepted, {@value PersonalDataFile#MAX_FILE_SIZE}
     */
    record FileTooLarge(int size, int maximum) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "personal-data file of " + size + " bytes is larger than the " + maximum
                    + " bytes an elementary file can hold";
        }
    }

    /**
     * The file is shorter than the six-character length header.
     *
     * @param fileLength the number of bytes present
     */
    record MissingHeader(int fileLength) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "personal-data file has " + fileLength + " bytes; the length header alone needs 6";
        }
    }

    /**
     * A character of the six-character length header is not a hexadecimal digit.
     *
     * @param offset the offset of the character (0 to 5)
     * @param found  the byte found, 0–255
     */
    record HeaderNotHex(int offset, int found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "length header byte at offset " + offset + " is " + Bytes.show(found)
                    + "; expected a hexadecimal digit 0-9, A-F";
        }
    }

    /**
     * The file holds fewer than sixteen fields: it ends, or its padding starts, where the length of this field
     * should be.
     *
     * @param field  the first missing field
     * @param offset where its length was expected
     */
    record MissingField(PersonalDataField field, int offset) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "personal-data file ends at offset " + offset + " before " + field.label()
                    + "; all 16 fields are required, empty ones as length 00";
        }
    }

    /**
     * The file ends after the first character of a field's two-character length.
     *
     * @param field  the field
     * @param offset the offset of the length's first character
     */
    record TruncatedLength(PersonalDataField field, int offset) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "personal-data file ends inside the two-character length of " + field.label() + " at offset "
                    + offset;
        }
    }

    /**
     * A character of a field's two-character length is not a hexadecimal digit.
     *
     * @param field  the field
     * @param offset the offset of the character
     * @param found  the byte found, 0–255
     */
    record LengthNotHex(PersonalDataField field, int offset, int found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "length of " + field.label() + " has " + Bytes.show(found) + " at offset " + offset
                    + "; expected a hexadecimal digit 0-9, A-F";
        }
    }

    /**
     * A field's value runs past the end of the file.
     *
     * @param field     the field
     * @param offset    where its value starts
     * @param length    the length its prefix declares
     * @param available the bytes left in the file from {@code offset}
     */
    record FieldPastEnd(PersonalDataField field, int offset, int length, int available) implements PersonalDataProblem {
        @Override
        public String describe() {
            return field.label() + " declares " + length + " characters from offset " + offset
                    + " but the file has only " + available + " bytes left";
        }
    }

    /**
     * A byte of a field's value is not ASCII (it is 0x80 or above).
     *
     * @param field  the field
     * @param offset the offset of the byte
     * @param found  the byte found, 128–255
     */
    record NonAsciiByte(PersonalDataField field, int offset, int found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return field.label() + " has the non-ASCII byte " + Bytes.show(found) + " at offset " + offset;
        }
    }

    /**
     * The length header matches neither convention: the sixteen fields end at {@code textLength}, so the header
     * should say {@code textLength} (counting its own six characters, as on the real card) or
     * {@code textLength - 6} (not counting them, as OpenSC's comment reads).
     *
     * @param declared   the value of the header
     * @param textLength the length of the text (header and sixteen fields) actually found
     */
    record HeaderMismatch(int declared, int textLength) implements PersonalDataProblem {

        /**
         * Returns what the header would say if it counted itself ({@link HeaderConvention#INCLUDES_HEADER}).
         *
         * @return the text length
         */
        public int expectedIncludingHeader() {
            return HeaderConvention.INCLUDES_HEADER.declaredLength(textLength);
        }

        /**
         * Returns what the header would say if it did not count itself ({@link HeaderConvention#EXCLUDES_HEADER}).
         *
         * @return the text length minus 6
         */
        public int expectedExcludingHeader() {
            return HeaderConvention.EXCLUDES_HEADER.declaredLength(textLength);
        }

        @Override
        public String describe() {
            return "length header declares " + declared + " but the 16 fields end at offset " + textLength
                    + "; expected " + expectedIncludingHeader() + " (header counted) or "
                    + expectedExcludingHeader() + " (header not counted)";
        }
    }

    /**
     * The byte after the sixteenth field is neither padding ({@code 0x00}, {@code 0xFF}) nor the end of the file:
     * the text goes on past the last field.
     *
     * @param offset the offset of that byte
     * @param found  the byte found
     */
    record TrailingData(int offset, int found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "after the 16th field, offset " + offset + " holds " + Bytes.show(found)
                    + "; expected the end of the file or padding 0x00 or 0xFF";
        }
    }

    /**
     * The padding after the text changes value: it must repeat its first byte to the end of the file.
     *
     * @param offset  the offset of the first differing byte
     * @param padding the padding byte the padding started with ({@code 0x00} or {@code 0xFF})
     * @param found   the byte found
     */
    record InconsistentPadding(int offset, int padding, int found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "padding byte at offset " + offset + " is " + Bytes.show(found) + "; the padding started as "
                    + Bytes.show(padding) + " and must keep that value to the end of the file";
        }
    }

    /**
     * A value given for encoding is longer than the 255 characters a two-digit hexadecimal length can declare.
     *
     * @param field  the field
     * @param length the length given
     */
    record ValueTooLong(PersonalDataField field, int length) implements PersonalDataProblem {
        @Override
        public String describe() {
            return field.label() + " has " + length + " characters; at most " + PersonalData.MAX_VALUE_LENGTH
                    + " fit its two-digit hexadecimal length";
        }
    }

    /**
     * A value given for encoding holds a character outside ASCII.
     *
     * @param field the field
     * @param index the 0-based index of the character in the value
     * @param found the character found
     */
    record NonAsciiCharacter(PersonalDataField field, int index, char found) implements PersonalDataProblem {
        @Override
        public String describe() {
            return field.label() + " has the non-ASCII character " + String.format("U+%04X", (int) found) + " at index "
                    + index + "; the file holds ASCII only";
        }
    }

    /**
     * The file size asked for cannot hold the text.
     *
     * @param fileSize   the size asked for
     * @param textLength the length of the text (header and sixteen fields)
     */
    record FileSizeTooSmall(int fileSize, int textLength) implements PersonalDataProblem {
        @Override
        public String describe() {
            return "a personal-data file of " + fileSize + " bytes cannot hold the " + textLength
                    + " bytes of its text";
        }
    }
}
