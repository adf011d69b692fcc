package io.tscns.card.fs.internal;

import io.tscns.core.TscnsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One BER-TLV data object (ISO/IEC 7816-4 §5.2) read from card data, and the bounded reader of a sequence of them.
 *
 * <p>The reader accepts tags of one to three bytes, lengths in the short form and the long forms 81, 82 and 83,
 * and skips the 00 and FF filler bytes ISO/IEC 7816-4 allows between objects. Every length is checked against the
 * bytes that remain before anything is copied, so no input can make it allocate more than it was given. Any other
 * input fails with {@link MalformedTlvException} naming the offset.
 */
public final class BerTlv {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final int tag;
    private final byte[] value;

    private BerTlv(int tag, byte[] value) {
        this.tag = tag;
        this.value = value;
    }

    /**
     * Returns the tag.
     *
     * @return 1 to 3 bytes as a number (e.g. 0x6F, 0x9F38)
     */
    public int tag() {
        return tag;
    }

    /**
     * Returns a copy of the value bytes.
     *
     * @return the value
     */
    public byte[] value() {
        return value.clone();
    }

    /**
     * Returns the number of value bytes.
     *
     * @return the length
     */
    public int length() {
        return value.length;
    }

    /**
     * Reads every data object in a range.
     *
     * @param data   the bytes
     * @param offset where to start
     * @param length how many bytes to read
     * @return the objects in order
     * @throws MalformedTlvException if the bytes are not a sequence of BER-TLV objects
     */
    public static List<BerTlv> parseAll(byte[] data, int offset, int length) {
        List<BerTlv> objects = new ArrayList<>();
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            int first = data[pos] & 0xFF;
            if (first == 0x00 || first == 0xFF) {
                pos++;
                continue;
            }
            int start = pos;
            int tag = first;
            pos++;
            if ((first & 0x1F) == 0x1F) {
                int more = 0;
                do {
                    if (pos >= end) {
                        throw new MalformedTlvException(start, "tag " + hex(tag) + " is cut off");
                    }
                    if (++more > 2) {
                        throw new MalformedTlvException(start, "tag longer than 3 bytes");
                    }
                    tag = (tag << 8) | (data[pos] & 0xFF);
                } while ((data[pos++] & 0x80) != 0);
            }
            if (pos >= end) {
                throw new MalformedTlvException(start, "tag " + hex(tag) + " has no length byte");
            }
            int lengthByte = data[pos++] & 0xFF;
            int valueLength;
            if (lengthByte < 0x80) {
                valueLength = lengthByte;
            } else {
                int lengthBytes = lengthByte & 0x7F;
                if (lengthBytes == 0 || lengthBytes > 3) {
                    throw new MalformedTlvException(
                            pos - 1,
                            "length byte " + HEX.toHexDigits((byte) lengthByte)
                                    + " is not a definite length of at most 3 bytes");
                }
                if (end - pos < lengthBytes) {
                    throw new MalformedTlvException(pos - 1, "length field is cut off");
                }
                valueLength = 0;
                for (int i = 0; i < lengthBytes; i++) {
                    valueLength = (valueLength << 8) | (data[pos++] & 0xFF);
                }
            }
            if (valueLength > end - pos) {
                throw new MalformedTlvException(
                        start,
                        "tag " + hex(tag) + " announces " + valueLength + " value bytes but only " + (end - pos)
                                + " remain");
            }
            objects.add(new BerTlv(tag, Arrays.copyOfRange(data, pos, pos + valueLength)));
            pos += valueLength;
        }
        return objects;
    }

    /** The tag as upper-case hexadecimal, two digits per byte it was written with. */
    private static String hex(int tag) {
        String digits = Integer.toHexString(tag).toUpperCase(Locale.ROOT);
        return digits.length() % 2 == 0 ? digits : "0" + digits;
    }

    /**
     * Thrown when bytes are not a sequence of BER-TLV objects.
     */
    public static final class MalformedTlvException extends TscnsException {

        private static final long serialVersionUID = 1L;

        MalformedTlvException(int offset, String message) {
            super(message + " (offset " + offset + ")");
        }
    }
}
