package io.tscns.testpki.internal;

/**
 * A bijective 64-bit mixing function (the finaliser of the SplitMix64 generator). Because it is a bijection,
 * distinct inputs give distinct outputs, which lets deterministic serial numbers be unique by construction.
 *
 * <p>Not cryptographic: it only spreads test values.
 */
public final class Mix64 {

    /** An odd constant (the 64-bit golden ratio); multiplying by it is a bijection on 64-bit values. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Mix64() {}

    /**
     * Mixes a value.
     *
     * @param z any value
     * @return the mixed value; distinct inputs give distinct outputs
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns the {@code index}-th value of the stream identified by {@code seed}: a bijection of the index for a
     * fixed seed. (The {@code + 1} keeps seed 0 and index 0 away from the fixed point {@code mix(0) == 0}.)
     *
     * @param seed  the stream
     * @param index the position in the stream
     * @return the value
     */
    public static long at(long seed, long index) {
        return mix(mix(seed) + (index + 1) * GAMMA);
    }
}
