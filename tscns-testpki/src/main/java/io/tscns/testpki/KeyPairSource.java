package io.tscns.testpki;

import io.tscns.testpki.internal.DeterministicRsa;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reproducible RSA key pairs for the test PKI (<i>coppie di chiavi di prova</i>): the pair for a given seed, label
 * and size is always the same, on every run and every JDK, so certificates built from it are reproducible and a test
 * can ask for "the Tuscany CA key" or "holder 42's card key" by name.
 *
 * <p>RSA key generation is the slow part of building test certificates (about a tenth of a second for 2048 bits),
 * so every derived pair is kept in a process-wide cache: asking again for the same seed, label and size is free.
 * The cache holds one entry per distinct request (a 2048-bit pair is about 2 KB).
 *
 * <p><strong>Test material only</strong>: anyone who knows the seed and label can recompute the private key.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class KeyPairSource {

    /** Modulus size used when none is given: RSA-2048, as on current TS-CNS cards ({@code docs/card.md §6}). */
    public static final int DEFAULT_RSA_BITS = 2048;
    /** Smallest modulus accepted, so that deliberately weak keys can be produced for negative tests. */
    public static final int MIN_RSA_BITS = 512;
    /** Largest modulus accepted. */
    public static final int MAX_RSA_BITS = 8192;

    private static final ConcurrentMap<CacheKey, KeyPair> CACHE = new ConcurrentHashMap<>();

    private final long seed;

    private KeyPairSource(long seed) {
        this.seed = seed;
    }

    /**
     * Returns the source for a seed. Two sources with the same seed give the same keys.
     *
     * @param seed any value
     * @return the source
     */
    public static KeyPairSource seeded(long seed) {
        return new KeyPairSource(seed);
    }

    /**
     * Returns the seed of this source.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the RSA-2048 key pair with the given label.
     *
     * @param label any non-empty name, e.g. {@code "ca/toscana"} or {@code "holder/42"}
     * @return the key pair, the same on every call
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the label is empty
     */
    public KeyPair rsa(String label) {
        return rsa(label, DEFAULT_RSA_BITS);
    }

    /**
     * Returns the RSA key pair with the given label and modulus size.
     *
     * @param label any non-empty name
     * @param bits  the modulus size: even, from {@value #MIN_RSA_BITS} to {@value #MAX_RSA_BITS}
     * @return the key pair, the same on every call
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the label is empty or the size is
     *                          out of range or odd
     */
    public KeyPair rsa(String label, int bits) {
        Objects.requireNonNull(label, "label");
        if (label.isEmpty()) {
            throw TestPkiException.invalid("key label must not be empty");
        }
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS || bits % 2 != 0) {
            throw TestPkiException.invalid("RSA modulus size must be an even number of bits from " + MIN_RSA_BITS
                    + " to " + MAX_RSA_BITS + ", found " + bits);
        }
        return CACHE.computeIfAbsent(new CacheKey(seed, label, bits), KeyPairSource::derive);
    }

    private static KeyPair derive(CacheKey key) {
        try {
            return DeterministicRsa.derive(key.seedMaterial(), key.bits());
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("deriving RSA-" + key.bits() + " key \"" + key.label() + "\"", e);
        }
    }

    @Override
    public String toString() {
        return "KeyPairSource[seed=" + seed + "]";
    }

    private record CacheKey(long seed, String label, int bits) {
        byte[] seedMaterial() {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update("tscns test key v1".getBytes(StandardCharsets.US_ASCII));
                sha256.update(ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
                        .putLong(seed)
                        .putInt(bits)
                        .array());
                sha256.update(label.getBytes(StandardCharsets.UTF_8));
                return sha256.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK provides SHA-256", e);
            }
        }
    }
}
