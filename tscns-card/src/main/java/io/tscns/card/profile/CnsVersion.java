package io.tscns.card.profile;

/**
 * The CNS specification version a card declares in ATR historical byte H13 (<i>versione CNS</i>): the high nibble
 * is the major version, the low nibble the minor, so {@code 10} is 1.0 and {@code 11} is 1.1
 * ({@code docs/card.md §5}). Immutable.
 *
 * @param code the H13 byte
 * @since 0.1.0
 */
public record CnsVersion(int code) {

    /** CNS 1.0 (H13 = 10): RSA-1024, short APDUs only. */
    public static final CnsVersion V1_0 = new CnsVersion(0x10);
    /** CNS 1.1 (H13 = 11): RSA-1024 and RSA-2048, extended-length APDUs. */
    public static final CnsVersion V1_1 = new CnsVersion(0x11);

    /**
     * Returns the major version.
     *
     * @return the high nibble of H13
     */
    public int major() {
        return code >>> 4;
    }

    /**
     * Returns the minor version.
     *
     * @return the low nibble of H13
     */
    public int minor() {
        return code & 0x0F;
    }

    /**
     * Tells whether this version is at least another.
     *
     * @param other the version to compare with
     * @return {@code true} if this code is greater than or equal to the other
     */
    public boolean atLeast(CnsVersion other) {
        return code >= other.code;
    }

    /**
     * Returns the version as major.minor.
     *
     * @return e.g. {@code "1.1"}
     */
    @Override
    public String toString() {
        return major() + "." + minor();
    }
}
