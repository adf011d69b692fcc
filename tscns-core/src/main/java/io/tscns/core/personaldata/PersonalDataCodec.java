package io.tscns.core.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes {@code EF.Dati_personali} ({@code docs/card.md §2}). {@link #decode(byte[])} accepts every file
 * the format allows (either header convention, upper- or lower-case hexadecimal, padding with {@code 0x00} or
 * {@code 0xFF} or none) and keeps what is needed to write it back byte for byte; {@link #encode(PersonalData, int)}
 * writes new data the way the real card does.
 *
 * <p>Decoding is bounded: every length is checked against the bytes actually present before anything is
 * allocated for it, the largest allocation is one 255-character value, and any malformed input fails with
 * {@link InvalidPersonalDataException} and nothing else. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonalDataCodec {

    /** The size of {@code EF.Dati_personali} on the TS-CNS card traced in {@code docs/card.md §1.1}. */
    public static final int TYPICAL_FILE_SIZE = 400;

    private PersonalDataCodec() {}

    /**
     * Decodes the whole content of {@code EF.Dati_personali} as read from the card (the file size from the FCI).
     *
     * @param file the bytes of the file
     * @return the decoded file; {@link PersonalDataFile#encode()} gives back {@code file}
     * @throws InvalidPersonalDataException if the file breaks the format; its single problem says what and at which
     *                                      offset and field: file too large, no header, non-hexadecimal header or
     *                                      length, missing field, length cut off, value past the end, non-ASCII
     *                                      value, header matching neither convention, data or mixed bytes after the
     *                                      text
     */
    public static PersonalDataFile decode(byte[] file) {
        Objects.requireNonNull(file, "file");
        if (file.length > PersonalDataFile.MAX_FILE_SIZE) {
            throw fail(new PersonalDataProblem.FileTooLarge(file.length, PersonalDataFile.MAX_FILE_SIZE));
        }
        if (file.length < PersonalDataFile.HEADER_LENGTH) {
            throw fail(new PersonalDataProblem.MissingHeader(file.length));
        }
        long lowerCase = 0;
        int declared = 0;
        for (int i = 0; i < PersonalDataFile.HEADER_LENGTH; i++) {
            int digit = AsciiHexDigits.value(file[i]);
            if (digit < 0) {
                throw fail(new PersonalDataProblem.HeaderNotHex(i, file[i] & 0xFF));
            }
            declared = declared * 16 + digit;
            lowerCase |= lowerCaseBit(file[i], i);
        }
        List<String> values = new ArrayList<>(PersonalData.FIELD_COUNT);
        int pos = PersonalDataFile.HEADER_LENGTH;
        for (PersonalDataField field : PersonalDataField.values()) {
            if (pos == file.length || Padding.of(file[pos]).isPresent()) {
                throw fail(new PersonalDataProblem.MissingField(field, pos));
            }
            if (pos + 1 == file.length) {
                throw fail(new PersonalDataProblem.TruncatedLength(field, pos));
            }
            int digitIndex = PersonalDataFile.digitIndex(field.ordinal());
            int length = lengthDigit(file, pos, field) * 16 + lengthDigit(file, pos + 1, field);
            lowerCase |= lowerCaseBit(file[pos], digitIndex) | lowerCaseBit(file[pos + 1], digitIndex + 1);
            int start = pos + PersonalDataFile.FIELD_LENGTH_DIGITS;
            if (length > file.length - start) {
                throw fail(new PersonalDataProblem.FieldPastEnd(field, start, length, file.length - start));
            }
            for (int i = start; i < start + length; i++) {
                if (file[i] < 0) {
                    throw fail(new PersonalDataProblem.NonAsciiByte(field, i, file[i] & 0xFF));
                }
            }
            values.add(new String(file, start, length, StandardCharsets.US_ASCII));
            pos = start + length;
        }
        int textLength = pos;
        int header = declared;
        HeaderConvention convention = HeaderConvention.matching(header, textLength)
                .orElseThrow(() -> fail(new PersonalDataProblem.HeaderMismatch(header, textLength)));
        Padding padding = textLength == file.length ? Padding.ZERO_BYTES : checkPadding(file, textLength);
        return new PersonalDataFile(PersonalData.ofValues(values), convention, padding, file.length, lowerCase);
    }

    private static Padding checkPadding(byte[] file, int start) {
        Padding padding = Padding.of(file[start])
                .orElseThrow(() -> fail(new PersonalDataProblem.TrailingData(start, file[start] & 0xFF)));
        for (int i = start + 1; i < file.length; i++) {
            if (file[i] != padding.value()) {
                throw fail(new PersonalDataProblem.InconsistentPadding(i, padding.value() & 0xFF, file[i] & 0xFF));
            }
        }
        return padding;
    }

    private static int lengthDigit(byte[] file, int offset, PersonalDataField field) {
        int digit = AsciiHexDigits.value(file[offset]);
        if (digit < 0) {
            throw fail(new PersonalDataProblem.LengthNotHex(field, offset, file[offset] & 0xFF));
        }
        return digit;
    }

    private static long lowerCaseBit(byte b, int digitIndex) {
        return AsciiHexDigits.isLowerCaseLetter(b) ? 1L << digitIndex : 0L;
    }

    private static InvalidPersonalDataException fail(PersonalDataProblem problem) {
        return new InvalidPersonalDataException(problem);
    }

    /**
     * Encodes new personal data the way the real card stores it: the header counting itself
     * ({@link HeaderConvention#INCLUDES_HEADER}), upper-case hexadecimal, and {@code 0x00} padding up to the file
     * size.
     *
     * @param data     the personal data
     * @param fileSize the size of the file, e.g. {@link #TYPICAL_FILE_SIZE}; at least the text length
     * @return the file content
     * @throws InvalidPersonalDataException if the text does not fit the file size, or the size exceeds
     *                                      {@link PersonalDataFile#MAX_FILE_SIZE}
     */
    public static byte[] encode(PersonalData data, int fileSize) {
        return encode(data, HeaderConvention.INCLUDES_HEADER, Padding.ZERO_BYTES, fileSize);
    }

    /**
     * Encodes new personal data with a chosen layout.
     *
     * @param data             the personal data
     * @param headerConvention what the header counts
     * @param padding          the byte that fills the file after the text
     * @param fileSize         the size of the file; at least the text length
     * @return the file content
     * @throws InvalidPersonalDataException if the text does not fit the file size, or the size exceeds
     *                                      {@link PersonalDataFile#MAX_FILE_SIZE}
     */
    public static byte[] encode(PersonalData data, HeaderConvention headerConvention, Padding padding, int fileSize) {
        return PersonalDataFile.of(data, headerConvention, padding, fileSize).encode();
    }
}
