package io.tscns.core.secret;

import javax.security.auth.Destroyable;

/**
 * Anything secret in this package: a whole {@link SecretCode} (PIN, PUK, CIP) or a {@link CodeHalf} of one. It holds
 * what every secret value shares, so that the rules are written once:
 *
 * <ul>
 *   <li>the characters live in a private {@code byte[]}, copied in when the value is made and copied out only by the
 *       explicit methods of the subclasses, whose results the caller wipes;</li>
 *   <li>{@link #toString()} gives what the value is, never the value; exception messages never contain it; there is
 *       no JavaBean getter of the value for Jackson or any other introspecting serialiser to find (only
 *       {@link #isDestroyed()}); the class is not {@link java.io.Serializable}, so Java serialisation fails with
 *       {@link java.io.NotSerializableException};</li>
 *   <li>{@link #destroy()} zeroes the characters (also through try-with-resources); every later use throws
 *       {@link SecretDestroyedException};</li>
 *   <li>{@link #equals(Object)} and {@link #hashCode()} are identity-based on purpose: a content-based {@code equals}
 *       would compare with an early exit, and a content-based {@code hashCode} would leak the value into every hash
 *       table. Codes are compared with {@link SecretCode#matches(SecretCode)}, in constant time.</li>
 * </ul>
 *
 * <p>Thread-safe; a use that races with {@link #destroy()} either completes with the value or throws
 * {@link SecretDestroyedException}.
 *
 * @since 0.1.0
 */
public abstract sealed class SecretValue implements Destroyable, AutoCloseable permits SecretCode, CodeHalf {

    private final SecretBytes secret;

    SecretValue(byte[] owned, String what) {
        this.secret = new SecretBytes(owned, what);
    }

    /**
     * Returns the number of characters. For a PIN this says whether it has 5 to 8 digits, which anyone watching the
     * keypad learns too; it is never part of a message.
     *
     * @return the length
     * @throws SecretDestroyedException if the value has been destroyed
     */
    public final int length() {
        return secret.length();
    }

    /**
     * Zeroes the characters. Idempotent; every later use throws {@link SecretDestroyedException}.
     */
    @Override
    public final void destroy() {
        secret.destroy();
    }

    /**
     * Tells whether {@link #destroy()} has run.
     *
     * @return {@code true} once destroyed
     */
    @Override
    public final boolean isDestroyed() {
        return secret.isDestroyed();
    }

    /**
     * Destroys the value, so that try-with-resources wipes it.
     */
    @Override
    public final void close() {
        destroy();
    }

    /** The holder of the characters, for the rest of this package. */
    final SecretBytes secret() {
        return secret;
    }

    /**
     * Identity: two values are equal only if they are the same object.
     *
     * @param o another object
     * @return {@code this == o}
     */
    @Override
    public final boolean equals(Object o) {
        return this == o;
    }

    /**
     * Identity hash code, which says nothing about the value.
     *
     * @return the identity hash code
     */
    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * Returns what the value is, never the value: {@code "PIN[redacted]"}, {@code "PUK remote half[destroyed]"}.
     *
     * @return a description without the value
     */
    @Override
    public final String toString() {
        return secret.what() + (isDestroyed() ? "[destroyed]" : "[redacted]");
    }
}
