package io.tscns.auth.internal;

/** The DER rules for INTEGER content octets (X.690 §8.3): at least one octet, minimal two's complement. */
public final class Integers {

    private Integers() {}

    /**
     * Checks INTEGER content octets.
     *
     * @param buf       the bytes
     * @param from      the first content octet
     * @param length    the number of content octets
     * @param maxOctets the most octets accepted
     * @param offset    the absolute offset, for messages
     * @param what      what the value is, for messages
     * @throws DerException if empty, too long or not minimal
     */
    public static void check(byte[] buf, int from, int length, int maxOctets, long offset, String what) {
        if (length == 0) {
            throw DerException.malformed(offset, what + " is an empty INTEGER");
        }
        if (length > maxOctets) {
            throw DerException.malformed(
                    offset, what + " has " + length + " octets; at most " + maxOctets + " are accepted");
        }
        if (length > 1) {
            int first = buf[from];
            int second = buf[from + 1];
            if ((first == 0 && second >= 0) || (first == -1 && second < 0)) {
                throw DerException.malformed(offset, what + " is not in the fewest octets");
            }
        }
    }
}
