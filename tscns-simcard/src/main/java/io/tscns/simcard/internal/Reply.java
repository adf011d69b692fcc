package io.tscns.simcard.internal;

/**
 * What a command handler answers: response data (possibly empty) and a status word. The command processor fits the
 * data to the command's Ne.
 *
 * @param data the response data; empty for none
 * @param sw   the status word
 */
public record Reply(byte[] data, int sw) {

    private static final byte[] NONE = new byte[0];

    /**
     * A reply without data.
     *
     * @param sw the status word
     * @return the reply
     */
    public static Reply status(int sw) {
        return new Reply(NONE, sw);
    }

    /**
     * A successful reply with data.
     *
     * @param data the response data
     * @return the reply with status 9000
     */
    public static Reply success(byte[] data) {
        return new Reply(data, StatusWords.SUCCESS);
    }

    /**
     * Describes the status word and data length, never the data.
     *
     * @return for example {@code Reply[SW=9000, Nr=16]}
     */
    @Override
    public String toString() {
        return "Reply[SW=" + String.format("%04X", sw) + ", Nr=" + data.length + "]";
    }

    /**
     * Compares data and status word by content.
     *
     * @param o another object
     * @return {@code true} for equal content
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Reply other && sw == other.sw && java.util.Arrays.equals(data, other.data);
    }

    /**
     * Hashes data and status word by content.
     *
     * @return a hash code
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(data) + sw;
    }
}
