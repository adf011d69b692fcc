package io.tscns.testpki.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The few DER encoding rules (ITU-T X.690 §10) the streaming CRL writer needs: tag-length headers with definite
 * lengths in the shortest form, and X.509 times (UTCTime for the years 1950–2049, GeneralizedTime otherwise, both in
 * UTC with seconds, RFC 5280 §4.1.2.5).
 */
final class Der {

    static final byte SEQUENCE = 0x30;
    static final byte INTEGER = 0x02;
    static final byte BIT_STRING = 0x03;
    static final byte OCTET_STRING = 0x04;
    static final byte ENUMERATED = 0x0A;
    static final byte UTC_TIME = 0x17;
    static final byte GENERALIZED_TIME = 0x18;
    static final byte CONTEXT_0_CONSTRUCTED = (byte) 0xA0;

    /** 1950-01-01T00:00:00Z, the first instant encoded as UTCTime. */
    private static final long UTC_TIME_FIRST = -631_152_000L;
    /** 2050-01-01T00:00:00Z, the first instant encoded as GeneralizedTime again. */
    private static final long UTC_TIME_END = 2_524_608_000L;

    /** Longest encoding of a time: tag, length and fifteen characters. */
    static final int MAX_TIME_LENGTH = 17;

    private Der() {}

    /**
     * Returns the size of a tag-length header for a content length.
     *
     * @param contentLength the content length
     * @return 2 for lengths below 128, more for longer ones
     */
    static int headerLength(long contentLength) {
        return 1 + lengthOfLength(contentLength);
    }

    /**
     * Returns the size of a complete element: header plus content.
     *
     * @param contentLength the content length
     * @return the element's size
     */
    static long elementLength(long contentLength) {
        return headerLength(contentLength) + contentLength;
    }

    private static int lengthOfLength(long length) {
        if (length < 0x80) {
            return 1;
        }
        int octets = (Long.SIZE - Long.numberOfLeadingZeros(length) + 7) / 8;
        return 1 + octets;
    }

    /**
     * Writes a header into a buffer.
     *
     * @param buffer        the buffer
     * @param offset        where to write
     * @param tag           the tag octet
     * @param contentLength the content length
     * @return the offset after the header
     */
    static int writeHeader(byte[] buffer, int offset, byte tag, long contentLength) {
        buffer[offset++] = tag;
        if (contentLength < 0x80) {
            buffer[offset++] = (byte) contentLength;
            return offset;
        }
        int octets = lengthOfLength(contentLength) - 1;
        buffer[offset++] = (byte) (0x80 | octets);
        for (int shift = 8 * (octets - 1); shift >= 0; shift -= 8) {
            buffer[offset++] = (byte) (contentLength >>> shift);
        }
        return offset;
    }

    /**
     * Returns a header as a new array.
     *
     * @param tag           the tag octet
     * @param contentLength the content length
     * @return the header
     */
    static byte[] header(byte tag, long contentLength) {
        byte[] header = new byte[headerLength(contentLength)];
        writeHeader(header, 0, tag, contentLength);
        return header;
    }

    /**
     * Returns the encoded size of an X.509 time.
     *
     * @param epochSecond the time
     * @return 15 for a UTCTime, 17 for a GeneralizedTime
     */
    static int timeLength(long epochSecond) {
        return isUtcTime(epochSecond) ? 15 : 17;
    }

    /**
     * Writes an X.509 time.
     *
     * @param buffer      the buffer
     * @param offset      where to write
     * @param epochSecond the time
     * @return the offset after it
     */
    static int writeTime(byte[] buffer, int offset, long epochSecond) {
        return isUtcTime(epochSecond)
                ? writeTime(buffer, offset, epochSecond, UTC_TIME)
                : writeTime(buffer, offset, epochSecond, GENERALIZED_TIME);
    }

    /**
     * Writes a GeneralizedTime, whatever the year (invalidityDate is always one, RFC 5280 §5.3.2).
     *
     * @param buffer      the buffer
     * @param offset      where to write
     * @param epochSecond the time
     * @return the offset after it
     */
    static int writeGeneralizedTime(byte[] buffer, int offset, long epochSecond) {
        return writeTime(buffer, offset, epochSecond, GENERALIZED_TIME);
    }

    /** Writes {@code YYMMDDHHMMSSZ} (UTCTime) or {@code YYYYMMDDHHMMSSZ} (GeneralizedTime) with its header. */
    private static int writeTime(byte[] buffer, int offset, long epochSecond, byte tag) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        buffer[offset++] = tag;
        if (tag == UTC_TIME) {
            buffer[offset++] = 13;
        } else {
            buffer[offset++] = 15;
            offset = twoDigits(buffer, offset, time.getYear() / 100);
        }
        offset = twoDigits(buffer, offset, time.getYear() % 100);
        offset = twoDigits(buffer, offset, time.getMonthValue());
        offset = twoDigits(buffer, offset, time.getDayOfMonth());
        offset = twoDigits(buffer, offset, time.getHour());
        offset = twoDigits(buffer, offset, time.getMinute());
        offset = twoDigits(buffer, offset, time.getSecond());
        buffer[offset++] = 'Z';
        return offset;
    }

    /** Tells whether a time falls in the years 1950–2049, which RFC 5280 encodes as UTCTime. */
    private static boolean isUtcTime(long epochSecond) {
        return epochSecond >= UTC_TIME_FIRST && epochSecond < UTC_TIME_END;
    }

    private static int twoDigits(byte[] buffer, int offset, int value) {
        buffer[offset++] = (byte) ('0' + value / 10);
        buffer[offset++] = (byte) ('0' + value % 10);
        return offset;
    }
}
