package io.tscns.testkit.card.internal;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A secret the card checks (<i>dato di riferimento</i>: the PIN or the PUK), held as the card holds it: eight bytes,
 * ASCII digits padded with {@code FF} ({@code cns-card.md §8}), with its retry counter. Comparisons run in constant
 * time; the bytes are wiped when replaced. Not thread-safe on its own; the card guards it.
 */
public final class ReferenceData {

    /** Length of a stored PIN or PUK. */
    public static final int STORED_LENGTH = 8;
    /** Fewest digits a PIN or PUK may have. */
    public static final int MIN_DIGITS = 5;

    private static final byte PAD = (byte) 0xFF;

    private final byte[] value = new byte[STORED_LENGTH];
    private final int maxTries;
    private int triesLeft;

    /**
     * Creates the reference data.
     *
     * @param padded   the eight stored bytes, copied; must pass {@link #isWellFormed(byte[])}
     * @param maxTries the retry limit, 1 to 15
     * @throws IllegalArgumentException if the value or the limit is out of range
     */
    public ReferenceData(byte[] padded, int maxTries) {
        if (!isWellFormed(padded)) {
            throw new IllegalArgumentException("a PIN or PUK is 5 to 8 ASCII digits padded with FF to 8 bytes");
        }
        if (maxTries < 1 || maxTries > 15) {
            throw new IllegalArgumentException("retry limit must be 1 to 15, found " + maxTries);
        }
        System.arraycopy(padded, 0, value, 0, STORED_LENGTH);
        this.maxTries = maxTries;
        this.triesLeft = maxTries;
    }

    /**
     * Tells whether eight bytes are a storable PIN or PUK: 5 to 8 ASCII digits, then {@code FF} up to 8 bytes.
     *
     * @param padded the candidate
     * @return {@code true} if the card would store it
     */
    public static boolean isWellFormed(byte[] padded) {
        if (padded == null || padded.length != STORED_LENGTH) {
            return false;
        }
        int digits = 0;
        while (digits < STORED_LENGTH && padded[digits] >= '0' && padded[digits] <= '9') {
            digits++;
        }
        for (int i = digits; i < STORED_LENGTH; i++) {
            if (padded[i] != PAD) {
                return false;
            }
        }
        return digits >= MIN_DIGITS;
    }

    /**
     * Pads a secret sent without padding to the stored length with {@code FF}; a secret of the stored length is
     * copied unchanged.
     *
     * @param sent 1 to 8 bytes from a command
     * @return a new eight-byte array; the caller wipes it
     */
    public static byte[] pad(byte[] sent) {
        byte[] padded = new byte[STORED_LENGTH];
        Arrays.fill(padded, PAD);
        System.arraycopy(sent, 0, padded, 0, Math.min(sent.length, STORED_LENGTH));
        return padded;
    }

    /**
     * Checks a candidate against the stored value in constant time, spending a try when it differs and restoring
     * every try when it matches. A blocked secret is never compared.
     *
     * @param candidate eight bytes
     * @return {@code true} if the candidate matches and the secret is not blocked
     */
    public boolean check(byte[] candidate) {
        if (isBlocked()) {
            return false;
        }
        if (MessageDigest.isEqual(value, candidate)) {
            triesLeft = maxTries;
            return true;
        }
        triesLeft--;
        return false;
    }

    /**
     * Replaces the stored value, wiping the old one, and restores every try.
     *
     * @param padded the new eight bytes, well formed
     */
    public void replace(byte[] padded) {
        if (!isWellFormed(padded)) {
            throw new IllegalArgumentException("a PIN or PUK is 5 to 8 ASCII digits padded with FF to 8 bytes");
        }
        System.arraycopy(padded, 0, value, 0, STORED_LENGTH);
        triesLeft = maxTries;
    }

    /** Restores every try without changing the value. */
    public void unblock() {
        triesLeft = maxTries;
    }

    /**
     * Tells whether no try is left.
     *
     * @return {@code true} when blocked
     */
    public boolean isBlocked() {
        return triesLeft == 0;
    }

    /**
     * Returns the tries left.
     *
     * @return 0 to {@link #maxTries()}
     */
    public int triesLeft() {
        return triesLeft;
    }

    /**
     * Returns the retry limit.
     *
     * @return 1 to 15
     */
    public int maxTries() {
        return maxTries;
    }

    /**
     * Describes the counter only; never the value.
     *
     * @return for example {@code ReferenceData[tries 3/3]}
     */
    @Override
    public String toString() {
        return "ReferenceData[tries " + triesLeft + "/" + maxTries + "]";
    }
}
