package io.tscns.core.personaldata;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@code EF.Dati_personali} file: the {@link PersonalData} plus everything about its layout that the bytes
 * carry, so that {@link #encode()} gives back exactly the bytes a file was decoded from. The layout is the
 * {@linkplain HeaderConvention header convention}, the {@linkplain #fileSize() file size} with its
 * {@linkplain Padding padding byte}, and the {@linkplain HexCase case} of every hexadecimal letter in the lengths.
 *
 * <p>Who uses it: card readers get one from {@link PersonalDataCodec#decode(byte[])}; the simulated card builds one
 * with {@link #of(PersonalData, HeaderConvention, Padding, int)} and serves {@link #encode()}; certificate tooling
 * hashes {@link #text()}.
 *
 * <p>Two files are equal when they encode to the same bytes. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonalDataFile {

    /** Length of the hexadecimal length header at the start of the file. */
    public static final int HEADER_LENGTH = 6;

    /** Length of each field's hexadecimal length. */
    public static final int FIELD_LENGTH_DIGITS = 2;

    /**
     * The largest file accepted: an EF's size in the FCI (tag {@code 80}) is a two-byte number. TS-CNS cards use
     * 400 bytes ({@code docs/card.md §1.1}); the largest possible text is 4118 bytes.
     */
    public static final int MAX_FILE_SIZE = 0xFFFF;

    private final PersonalData data;
    private final HeaderConvention headerConvention;
    private final Padding padding;
    private final int fileSize;
    private final int textLength;
    /** Bit {@code i} is set when hexadecimal digit {@code i} of the file is a lower-case letter; see {@link
     * #digitIndex}. */
    private final long lowerCaseLetters;

    PersonalDataFile(
            PersonalData data, HeaderConvention headerConvention, Padding padding, int fileSize, long lowerCaseDigits) {
        this.data = Objects.requireNonNull(data, "data");
        this.headerConvention = Objects.requireNonNull(headerConvention, "headerConvention");
        Objects.requireNonNull(padding, "padding");
        this.textLength = textLengthOf(data);
        if (fileSize > MAX_FILE_SIZE) {
            throw new InvalidPersonalDataException(new PersonalDataProblem.FileTooLarge(fileSize, MAX_FILE_SIZE));
        }
        if (fileSize < textLength) {
            throw new InvalidPersonalDataException(new PersonalDataProblem.FileSizeTooSmall(fileSize, textLength));
        }
        this.fileSize = fileSize;
        this.padding = fileSize > textLength ? padding : null;
        this.lowerCaseLetters = lowerCaseDigits & letterDigits();
    }

    /**
     * Lays out personal data as a new file, with the hexadecimal letters in upper case.
     *
     * @param data             the personal data
     * @param headerConvention what the header counts; {@link HeaderConvention#INCLUDES_HEADER} is what the real
     *                         card does
     * @param padding          the byte that fills the file after the text; ignored when the file size equals the
     *                         text length
     * @param fileSize         the size of the file, at least {@link #textLengthOf(PersonalData)}; 400 on TS-CNS
     *                         cards
     * @return the file
     * @throws InvalidPersonalDataException with {@link PersonalDataProblem.FileSizeTooSmall} or
     *                                      {@link PersonalDataProblem.FileTooLarge} if the size does not fit
     */
    public static PersonalDataFile of(
            PersonalData data, HeaderConvention headerConvention, Padding padding, int fileSize) {
        return new PersonalDataFile(data, headerConvention, padding, fileSize, 0L);
    }

    /**
     * Lays out personal data as a file holding the text only, without padding. Note that OpenSC 0.23 needs the
     * file to be at least six bytes longer than the header value ({@code docs/card.md §2.2}), so it rejects an
     * unpadded file written with {@link HeaderConvention#INCLUDES_HEADER}; cards pad the file.
     *
     * @param data             the personal data
     * @param headerConvention what the header counts
     * @return the file
     */
    public static PersonalDataFile unpadded(PersonalData data, HeaderConvention headerConvention) {
        return of(data, headerConvention, Padding.ZERO_BYTES, textLengthOf(data));
    }

    /**
     * Returns the length of the text that encodes personal data: the six-character header plus, for each field,
     * its two-character length and its value.
     *
     * @param data the personal data
     * @return 38 to 4118
     */
    public static int textLengthOf(PersonalData data) {
        int length = HEADER_LENGTH;
        for (String value : data.values()) {
            length += FIELD_LENGTH_DIGITS + value.length();
        }
        return length;
    }

    /**
     * Returns the personal data.
     *
     * @return the sixteen fields
     */
    public PersonalData data() {
        return data;
    }

    /**
     * Returns what the length header counts in this file.
     *
     * @return the convention
     */
    public HeaderConvention headerConvention() {
        return headerConvention;
    }

    /**
     * Returns the byte that fills the file after the text.
     *
     * @return the padding, or empty when the file holds the text only
     */
    public Optional<Padding> padding() {
        return Optional.ofNullable(padding);
    }

    /**
     * Returns the size of the whole file, text and padding.
     *
     * @return the number of bytes {@link #encode()} returns
     */
    public int fileSize() {
        return fileSize;
    }

    /**
     * Returns the length of the text: header and sixteen fields, without padding.
     *
     * @return the number of bytes {@link #text()} returns
     */
    public int textLength() {
        return textLength;
    }

    /**
     * Returns how the hexadecimal lengths write the letters {@code A}–{@code F}.
     *
     * @return {@link HexCase#UPPER} for new files and for files with no such letter
     */
    public HexCase hexCase() {
        if (lowerCaseLetters == 0) {
            return HexCase.UPPER;
        }
        return lowerCaseLetters == letterDigits() ? HexCase.LOWER : HexCase.MIXED;
    }

    /**
     * Returns the text of the file without its padding: the bytes a checksum of the personal data is taken over.
     *
     * @return a new array of {@link #textLength()} bytes
     */
    public byte[] text() {
        byte[] out = new byte[textLength];
        writeText(out);
        return out;
    }

    /**
     * Returns the whole file: the text followed by the padding.
     *
     * @return a new array of {@link #fileSize()} bytes; for a decoded file, equal to the bytes it was decoded from
     */
    public byte[] encode() {
        byte[] out = new byte[fileSize];
        int end = writeText(out);
        if (padding != null) {
            Arrays.fill(out, end, fileSize, padding.value());
        }
        return out;
    }

    private int writeText(byte[] out) {
        int pos = writeHex(out, 0, headerConvention.declaredLength(textLength), HEADER_LENGTH, 0);
        List<String> values = data.values();
        for (int field = 0; field < values.size(); field++) {
            String value = values.get(field);
            pos = writeHex(out, pos, value.length(), FIELD_LENGTH_DIGITS, digitIndex(field));
            for (int i = 0; i < value.length(); i++) {
                out[pos++] = (byte) value.charAt(i);
            }
        }
        return pos;
    }

    private int writeHex(byte[] out, int pos, int value, int width, int firstDigit) {
        for (int i = 0; i < width; i++) {
            boolean lowerCase = (lowerCaseLetters & (1L << (firstDigit + i))) != 0;
            out[pos + i] = AsciiHexDigits.digit(nibble(value, width, i), lowerCase);
        }
        return pos + width;
    }

    /** Returns the mask of the hexadecimal digits of this file that are letters, whatever their case. */
    private long letterDigits() {
        long mask = letters(headerConvention.declaredLength(textLength), HEADER_LENGTH, 0);
        List<String> values = data.values();
        for (int field = 0; field < values.size(); field++) {
            mask |= letters(values.get(field).length(), FIELD_LENGTH_DIGITS, digitIndex(field));
        }
        return mask;
    }

    private static long letters(int value, int width, int firstDigit) {
        long mask = 0;
        for (int i = 0; i < width; i++) {
            if (nibble(value, width, i) >= 10) {
                mask |= 1L << (firstDigit + i);
            }
        }
        return mask;
    }

    /** Returns digit {@code i} (0 = most significant) of a {@code width}-digit hexadecimal number. */
    private static int nibble(int value, int width, int i) {
        return (value >>> (4 * (width - 1 - i))) & 0xF;
    }

    /**
     * Numbers the hexadecimal digits of a file: 0–5 are the header, then two per field in file order (38 in all).
     *
     * @param field the 0-based field number
     * @return the index of the field length's first digit
     */
    static int digitIndex(int field) {
        return HEADER_LENGTH + FIELD_LENGTH_DIGITS * field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalDataFile other
                && data.equals(other.data)
                && headerConvention == other.headerConvention
                && padding == other.padding
                && fileSize == other.fileSize
                && lowerCaseLetters == other.lowerCaseLetters;
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, headerConvention, padding, fileSize, lowerCaseLetters);
    }

    /**
     * Describes the layout; the personal data is left out (use {@link #data()}).
     *
     * @return for example {@code PersonalDataFile[INCLUDES_HEADER, text 101 bytes, file 400 bytes, padding
     *         ZERO_BYTES, hex UPPER]}
     */
    @Override
    public String toString() {
        return "PersonalDataFile[" + headerConvention + ", text " + textLength + " bytes, file " + fileSize
                + " bytes, padding " + (padding == null ? "none" : padding) + ", hex " + hexCase() + "]";
    }
}
