package io.tscns.auth.internal;

import java.util.Arrays;

/**
 * A strict DER reader over a byte range held in memory (X.690 §10): single-octet tags, definite minimal lengths,
 * every element inside its parent. Used for the small parts of a CRL (names, algorithm identifiers, extensions) and
 * for the strict structural check of certificates. Offsets in errors are absolute, from {@code base}.
 *
 * <p>Not thread-safe; cheap to create.
 */
public final class DerReader {

    /** The deepest nesting {@link #skipChecked(String)} follows; X.509 structures need about a dozen levels. */
    private static final int MAX_DEPTH = 64;

    private final byte[] buf;
    private final int end;
    private final long base;
    private int pos;
    /** The content length read by the last {@link #header(int, String)}. */
    private int lastLength;

    /**
     * Reads {@code buf[from..to)}.
     *
     * @param buf  the bytes
     * @param from the first byte
     * @param to   one past the last byte
     * @param base the absolute offset of {@code buf[0]}, for messages
     */
    public DerReader(byte[] buf, int from, int to, long base) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
        this.base = base;
    }

    /**
     * Reads a whole array.
     *
     * @param der the bytes
     * @return the reader
     */
    public static DerReader of(byte[] der) {
        return of(der, 0);
    }

    /**
     * Reads a whole array that is one element cut out of a larger input, reporting offsets in that input.
     *
     * @param der  the bytes
     * @param base the offset of {@code der[0]} in the larger input
     * @return the reader
     */
    public static DerReader of(byte[] der, long base) {
        return new DerReader(der, 0, der.length, base);
    }

    /**
     * Tells whether bytes remain.
     *
     * @return {@code true} if another element follows
     */
    public boolean hasMore() {
        return pos < end;
    }

    /**
     * Returns the absolute offset of the next byte.
     *
     * @return the offset
     */
    public long offset() {
        return base + pos;
    }

    /**
     * Returns the tag of the next element without consuming it.
     *
     * @return the tag octet, or -1 at the end
     */
    public int peekTag() {
        return pos < end ? buf[pos] & 0xFF : -1;
    }

    /**
     * Consumes an element with the given tag and returns a reader over its content.
     *
     * @param tag  the expected tag octet
     * @param what what the element is, for messages
     * @return a reader over the content
     * @throws DerException if the tag differs or the element is malformed
     */
    public DerReader enter(int tag, String what) {
        int contentStart = header(tag, what);
        int contentEnd = contentStart + lastLength;
        pos = contentEnd;
        return new DerReader(buf, contentStart, contentEnd, base);
    }

    /**
     * Consumes an element with the given tag and returns a copy of its content.
     *
     * @param tag  the expected tag octet
     * @param what what the element is, for messages
     * @return the content octets
     * @throws DerException if the tag differs or the element is malformed
     */
    public byte[] content(int tag, String what) {
        int contentStart = header(tag, what);
        pos = contentStart + lastLength;
        return Arrays.copyOfRange(buf, contentStart, pos);
    }

    /**
     * Consumes any element and returns a copy of its whole encoding (tag, length and content).
     *
     * @param what what the element is, for messages
     * @return the encoding
     * @throws DerException if the element is malformed
     */
    public byte[] element(String what) {
        int start = pos;
        if (pos >= end) {
            throw DerException.truncated(offset(), what);
        }
        int contentStart = header(buf[pos] & 0xFF, what);
        pos = contentStart + lastLength;
        return Arrays.copyOfRange(buf, start, pos);
    }

    /**
     * Consumes any element, checking its structure recursively when it is constructed.
     *
     * @param what what the element is, for messages
     * @throws DerException if the element or anything inside it is malformed
     */
    public void skipChecked(String what) {
        skipChecked(what, 0);
    }

    private void skipChecked(String what, int depth) {
        if (pos >= end) {
            throw DerException.truncated(offset(), what);
        }
        if (depth > MAX_DEPTH) {
            throw DerException.malformed(offset(), what + " nests deeper than " + MAX_DEPTH + " levels");
        }
        int tag = buf[pos] & 0xFF;
        DerReader inner = enter(tag, what);
        if ((tag & 0x20) != 0) {
            while (inner.hasMore()) {
                inner.skipChecked(what, depth + 1);
            }
        }
    }

    /**
     * Requires that nothing is left.
     *
     * @param what what was being read, for messages
     * @throws DerException if bytes remain
     */
    public void expectEnd(String what) {
        if (pos != end) {
            throw DerException.malformed(offset(), (end - pos) + " unexpected bytes after " + what);
        }
    }

    /**
     * Reads a BOOLEAN. DER encodes TRUE as {@code FF}; other non-zero values are refused.
     *
     * @param what what the value is, for messages
     * @return the value
     */
    public boolean readBoolean(String what) {
        long at = offset();
        byte[] value = content(Der.BOOLEAN, what);
        if (value.length != 1 || (value[0] != 0 && value[0] != (byte) 0xFF)) {
            throw DerException.malformed(at, what + " is not a DER BOOLEAN");
        }
        return value[0] != 0;
    }

    /**
     * Reads a DER INTEGER's content octets, checking that they are minimal.
     *
     * @param maxOctets the most octets accepted
     * @param what      what the value is, for messages
     * @return the two's-complement content octets
     */
    public byte[] readInteger(int maxOctets, String what) {
        long at = offset();
        byte[] value = content(Der.INTEGER, what);
        Integers.check(value, 0, value.length, maxOctets, at, what);
        return value;
    }

    private int header(int tag, String what) {
        long at = offset();
        if (pos >= end) {
            throw DerException.truncated(at, what);
        }
        int found = buf[pos] & 0xFF;
        if ((found & 0x1F) == 0x1F) {
            throw DerException.malformed(at, "multi-octet tag in " + what);
        }
        if (found != tag) {
            throw DerException.malformed(at, String.format("%s has tag %02X; expected %02X", what, found, tag));
        }
        long packed = Der.length(buf, pos + 1, end - pos - 1, at + 1);
        int length = (int) packed;
        int lengthOctets = (int) (packed >>> 32);
        int contentStart = pos + 1 + lengthOctets;
        if (length > end - contentStart) {
            throw DerException.truncated(
                    at, what + " (" + length + " content bytes declared, " + (end - contentStart) + " available)");
        }
        lastLength = length;
        return contentStart;
    }
}
