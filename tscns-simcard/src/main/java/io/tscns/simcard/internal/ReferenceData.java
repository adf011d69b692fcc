package io.tscns.simcard.internal;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A secret the card checks (<i>dato di riferimento</i>: the PIN or the PUK), held as the card holds it: eight bytes,
 * ASCII digits padded with {@code FF} ({@code docs/card.md §8}), with its retry counter. Comparisons run in constant
 * time; the bytes are wiped when replaced. Not thread-safe on its own; the card guards it.
 */
public final class ReferenceData {

    /** Length of a stored PIN or PUK. */
    public static final int STORED_LENGTH = 8;

    private static final byte PAD = (byte) 0xFF;

    private final byte[] value = new byte[STORED_LENGTH];
    private final int maxTries;
    private int triesLeft;

    /**
     * Creates the reference data.
     *
     * @param field    the eight stored bytes, as {@link io.tscns.core.secret.CardCode#paddedForCard()} gives them;
     *                 copied
     * @param maxTries the retry limit, 1 to 15
     * @throws IllegalArgumentException if the field is not eight bytes or the limit is out of range
     */
    public ReferenceData(byte[] field, int maxTries) {
        requireStoredLength(field);
        if (maxTries < 1 || maxTries > 15) {
            throw new IllegalArgumentException("retry limit must be 1 to 15, found " + maxTries);
        }
        System.arraycopy(field, 0, value, 0, STORED_LENGTH);
        this.maxTries = maxTries;
        this.triesLeft = maxTries;
    }

    private static void requireStoredLength(byte[] field) {
        if (field.length != STORED_LENGTH) {
            throw new IllegalArgumentException("a stored PIN or PUK is " + STORED_LENGTH + " bytes");
        }
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
     * Replaces the stored value, overwriting the old one, and restores every try.
     *
     * @param field the new eight bytes, already checked by the caller
     */
    public void replace(byte[] field) {
        requireStoredLength(field);
        System.arraycopy(field, 0, value, 0, STORED_LENGTH);
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
