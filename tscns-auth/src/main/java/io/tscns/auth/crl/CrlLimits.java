package io.tscns.auth.crl;

/**
 * Bounds on what {@link RevocationList#load} accepts (<i>limiti</i>), so that a hostile or broken CRL cannot make
 * the server allocate without end: memory grows only with entries actually read, never with a declared length.
 *
 * @param maxBytes   the largest CRL, in bytes
 * @param maxEntries the most entries
 * @since 0.1.0
 */
public record CrlLimits(long maxBytes, int maxEntries) {

    /** One GiB and 20 million entries: far above any CNS CA's CRL, below what would exhaust a server. */
    public static final CrlLimits DEFAULT = new CrlLimits(1L << 30, 20_000_000);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is not positive
     */
    public CrlLimits {
        if (maxBytes < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("CRL limits must be positive");
        }
    }
}
