package io.tscns.cms.protocol;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A secret carried by the protocol as text that no core secret type models: a half of a PIN, PUK or CIP on a
 * receipt or in the outbox (<i>prima/seconda parte dei codici</i>), an operator's personal token or a session token.
 * The characters live in a {@code char[]} that {@link #destroy()} wipes; {@link #toString()} is redacted, equality is
 * identity, and {@link #sameAs(SecretText)} compares in constant time.
 *
 * <p>Not thread-safe for concurrent {@link #destroy()} and {@link #reveal()}; otherwise immutable.
 *
 * @since 0.1.0
 */
public final class SecretText implements Destroyable, AutoCloseable {

    /** Longest secret text accepted, in characters. */
    public static final int MAX_LENGTH = 512;

    private final char[] chars;
    private volatile boolean destroyed;

    private SecretText(char[] owned) {
        this.chars = owned;
    }

    /**
     * Copies characters into a new secret; the caller should wipe its own array.
     *
     * @param chars the characters, 1 to {@value #MAX_LENGTH}
     * @return the secret
     * @throws CmsProtocolException if the text is empty or too long
     */
    public static SecretText of(char[] chars) {
        Objects.requireNonNull(chars, "chars");
        return copyOf(chars, 0, chars.length);
    }

    /**
     * Copies a range of characters (for example a JSON parser's buffer) into a new secret.
     *
     * @param buffer the buffer
     * @param offset the first character
     * @param length the number of characters, 1 to {@value #MAX_LENGTH}
     * @return the secret
     * @throws CmsProtocolException if the text is empty or too long
     */
    public static SecretText copyOf(char[] buffer, int offset, int length) {
        Objects.requireNonNull(buffer, "buffer");
        if (length < 1 || length > MAX_LENGTH) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("secret text of length " + length));
        }
        return new SecretText(Arrays.copyOfRange(buffer, offset, offset + length));
    }

    /**
     * Returns a copy of the characters; the caller wipes it after use.
     *
     * @return a new array
     * @throws IllegalStateException if the secret was destroyed
     */
    public char[] reveal() {
        if (destroyed) {
            throw new IllegalStateException("secret text destroyed");
        }
        return chars.clone();
    }

    /**
     * Returns the number of characters.
     *
     * @return the length
     */
    public int length() {
        return chars.length;
    }

    /**
     * Compares with another secret in time that depends only on the lengths.
     *
     * @param other the other secret
     * @return {@code true} if both hold the same characters and neither is destroyed
     */
    public boolean sameAs(SecretText other) {
        Objects.requireNonNull(other, "other");
        if (destroyed || other.destroyed || chars.length != other.chars.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < chars.length; i++) {
            diff |= chars[i] ^ other.chars[i];
        }
        return diff == 0;
    }

    @Override
    public void destroy() {
        Arrays.fill(chars, '\0');
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return destroyed ? "SecretText[destroyed]" : "SecretText[redacted]";
    }
}
