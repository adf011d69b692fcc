package io.tscns.card.apdu;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable ISO/IEC 7816-4 response APDU: response data followed by the two status bytes SW1 SW2.
 *
 * <p>{@link #toString()} shows the status word and the data length, not the data.
 *
 * @since 0.1.0
 */
public final class ResponseApdu {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The status word of normal completion. */
    public static final int SW_SUCCESS = 0x9000;

    private final byte[] data;
    private final int sw;

    private ResponseApdu(byte[] data, int sw) {
        this.data = data;
        this.sw = sw;
    }

    /**
     * Reads a response APDU.
     *
     * @param apdu the response bytes: data, then SW1 SW2
     * @return the response
     * @throws MalformedApduException if fewer than two bytes are given
     */
    public static ResponseApdu parse(byte[] apdu) {
        if (apdu == null || apdu.length < 2) {
            throw new MalformedApduException("response APDU is " + (apdu == null ? 0 : apdu.length)
                    + " bytes; it needs at least the two status bytes");
        }
        int sw = ((apdu[apdu.length - 2] & 0xFF) << 8) | (apdu[apdu.length - 1] & 0xFF);
        return new ResponseApdu(Arrays.copyOf(apdu, apdu.length - 2), sw);
    }

    /**
     * Creates a response from data and a status word.
     *
     * @param data the response data, copied
     * @param sw   the status word, 0x0000 to 0xFFFF
     * @return the response
     */
    public static ResponseApdu of(byte[] data, int sw) {
        if (sw < 0 || sw > 0xFFFF) {
            throw new MalformedApduException("status word is " + sw + "; expected 0000 to FFFF");
        }
        return new ResponseApdu(data.clone(), sw);
    }

    /**
     * Creates a response with no data.
     *
     * @param sw the status word
     * @return the response
     */
    public static ResponseApdu of(int sw) {
        return of(new byte[0], sw);
    }

    /**
     * Encodes the response: data followed by SW1 SW2.
     *
     * @return a new array
     */
    public byte[] encode() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >>> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    /**
     * Returns a copy of the response data.
     *
     * @return the data, possibly empty
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * Returns the number of response data bytes.
     *
     * @return Nr
     */
    public int dataLength() {
        return data.length;
    }

    /**
     * Returns the status word SW1 SW2 as one number.
     *
     * @return 0x0000 to 0xFFFF
     */
    public int sw() {
        return sw;
    }

    /**
     * Returns the first status byte.
     *
     * @return SW1
     */
    public int sw1() {
        return sw >>> 8;
    }

    /**
     * Returns the second status byte.
     *
     * @return SW2
     */
    public int sw2() {
        return sw & 0xFF;
    }

    /**
     * Tells whether the command completed normally (SW 9000).
     *
     * @return {@code true} for 9000
     */
    public boolean isSuccess() {
        return sw == SW_SUCCESS;
    }

    /**
     * Describes the status word and data length; never the data.
     *
     * @return for example {@code ResponseApdu[SW=9000, Nr=16]}
     */
    @Override
    public String toString() {
        return "ResponseApdu[SW=" + HEX.toHexDigits((short) sw()) + ", Nr=" + data.length + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu other && sw == other.sw && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw;
    }
}
