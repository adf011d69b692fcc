package io.tscns.simcard;

import java.util.Arrays;

/**
 * A response APDU as the simulated card's tests read it: the data and the status word.
 *
 * @param data the response data
 * @param sw   SW1 SW2
 */
record Response(byte[] data, int sw) {

    static Response of(byte[] raw) {
        if (raw.length < 2) {
            throw new AssertionError("a response APDU has at least SW1 SW2; got " + raw.length + " bytes");
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new Response(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    int dataLength() {
        return data.length;
    }
}
