package io.tscns.testpki.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * A deterministic {@link Random} whose output is SHA-256 over the seed material and a block counter, so that the
 * same seed gives the same stream on every JDK. It exists to feed {@link java.math.BigInteger#probablePrime} when
 * deriving reproducible test keys; it is <strong>not</strong> a secure random source for anything else.
 *
 * <p>Not thread-safe: each key derivation uses its own instance.
 */
final class HashDrbgRandom extends Random {

    private static final long serialVersionUID = 1L;

    private final transient MessageDigest sha256;
    private final byte[] seed;
    private final byte[] block = new byte[32];
    private long counter;
    private int position = block.length;

    HashDrbgRandom(byte[] seedMaterial) {
        super(0L);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
        this.seed = seedMaterial.clone();
    }

    /**
     * Ignored: the stream is fixed by the seed material given to the constructor. ({@link Random}'s constructor
     * calls this method before the subclass is initialised.)
     */
    @Override
    public synchronized void setSeed(long ignored) {
        // The stream depends only on the constructor's seed material.
    }

    @Override
    protected int next(int bits) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (nextByte() & 0xFF);
        }
        return value >>> (32 - bits);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = nextByte();
        }
    }

    private byte nextByte() {
        if (position == block.length) {
            sha256.update(seed);
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha256.update((byte) (counter >>> shift));
            }
            counter++;
            byte[] digest = sha256.digest();
            System.arraycopy(digest, 0, block, 0, block.length);
            position = 0;
        }
        return block[position++];
    }
}
