package io.tscns.auth.internal;

/**
 * DER tags and the strict length rules (X.690 §8.1.3, §10.1) shared by the streaming reader and the in-memory
 * reader: definite lengths only, in the fewest octets, at most four length octets.
 */
public final class Der {

    /** BOOLEAN. */
    public static final int BOOLEAN = 0x01;
    /** INTEGER. */
    public static final int INTEGER = 0x02;
    /** BIT STRING. */
    public static final int BIT_STRING = 0x03;
    /** OCTET STRING. */
    public static final int OCTET_STRING = 0x04;
    /** NULL. */
    public static final int NULL = 0x05;
    /** OBJECT IDENTIFIER. */
    public static final int OID = 0x06;
    /** ENUMERATED. */
    public static final int ENUMERATED = 0x0A;
    /** UTCTime. */
    public static final int UTC_TIME = 0x17;
    /** GeneralizedTime. */
    public static final int GENERALIZED_TIME = 0x18;
    /** SEQUENCE (constructed). */
    public static final int SEQUENCE = 0x30;
    /** SET (constructed). */
    public static final int SET = 0x31;
    /** [0] constructed. */
    public static final int CONTEXT_0 = 0xA0;

    private Der() {}

    /**
     * Decodes a length at {@code buf[pos]}, strictly.
     *
     * @param buf    the bytes
     * @param pos    where the first length octet is
     * @param avail  how many bytes are available from {@code pos}
     * @param offset the absolute offset of {@code pos}, for messages
     * @return the length in the low 32 bits and the number of length octets in bits 32–39
     * @throws DerException if the form is indefinite, not minimal, longer than four octets, or truncated
     */
    public static long length(byte[] buf, int pos, int avail, long offset) {
        if (avail < 1) {
            throw DerException.truncated(offset, "a length");
        }
        int first = buf[pos] & 0xFF;
        if (first < 0x80) {
            return first | (1L << 32);
        }
        if (first == 0x80) {
            throw DerException.malformed(offset, "indefinite length (BER), which DER forbids");
        }
        int octets = first & 0x7F;
        if (octets > 4) {
            throw DerException.malformed(offset, "length of " + octets + " octets; at most 4 are supported");
        }
        if (avail < 1 + octets) {
            throw DerException.truncated(offset, "a length");
        }
        long value = 0;
        for (int i = 1; i <= octets; i++) {
            value = (value << 8) | (buf[pos + i] & 0xFF);
        }
        if (value < 0x80 || (buf[pos + 1] & 0xFF) == 0) {
            throw DerException.malformed(offset, "length " + value + " not in the fewest octets");
        }
        if (value > Integer.MAX_VALUE) {
            throw new DerException(DerException.Kind.TOO_LARGE, offset, "length " + value + " exceeds 2 GiB");
        }
        return value | ((long) (1 + octets) << 32);
    }
}
