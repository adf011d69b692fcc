package io.tscns.core.secret;

import javax.security.auth.Destroyable;
import java.util.Objects;

/**
 * A secret code of a TS-CNS card (<i>codici segreti</i>): a {@link Pin}, a {@link Puk} or a {@link Cip}.
 *
 * <p>The value never shows itself by accident:
 * <ul>
 *   <li>it lives in a private {@code byte[]}, copied in when the code is made and copied out only by the explicit
 *       {@link #toCharArray()} and {@link #toAsciiBytes()} (and {@link CardCode#paddedForCard()}), whose results the
 *       caller wipes;</li>
 *   <li>{@link #toString()} says only the kind; exception messages never contain it; there is no JavaBean getter
 *       for Jackson or any other introspecting serialiser to find; the class is not {@link java.io.Serializable},
 *       so Java serialisation fails with {@link java.io.NotSerializableException};</li>
 *   <li>{@link #destroy()} zeroes it (also through try-with-resources); every later use throws
 *       {@link SecretDestroyedException};</li>
 *   <li>{@link #matches(SecretCode)} compares in constant time ({@link java.security.MessageDigest#isEqual}).
 *       {@link #equals(Object)} and {@link #hashCode()} are identity-based on purpose: a content-based
 *       {@code equals} would compare with an early exit and a content-based {@code hashCode} would leak the value
 *       into every hash table.</li>
 * </ul>
 *
 * <p>Thread-safe; a use that races with {@link #destroy()} either completes with the value or throws
 * {@link SecretDestroyedException}.
 */
public abstract sealed class SecretCode implements Destroyable, AutoCloseable permits CardCode, Cip {

    private final CodeKind kind;
    private final CodeFormat format;
    private final SecretBytes secret;

    SecretCode(CodeKind kind, CodeFormat format, byte[] owned) {
        this.kind = kind;
        this.format = format;
        this.secret = new SecretBytes(owned, kind.label());
    }

    /**
     * Returns which code this is.
     *
     * @return PIN, PUK or CIP
     */
    public final CodeKind kind() {
        return kind;
    }

    /**
     * Returns the format the code satisfies.
     *
     * @return the format
     */
    public final CodeFormat format() {
        return format;
    }

    /**
     * Returns the number of characters.
     *
     * @return the length
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final int length() {
        return secret.length();
    }

    /**
     * Returns a copy of the characters, for a caller that must hand them on (for example to a protocol message that
     * exists to carry the code). The caller owns the copy and must wipe it ({@code Arrays.fill(chars, '\0')}).
     *
     * @return a new array
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final char[] toCharArray() {
        return secret.copyChars();
    }

    /**
     * Returns a copy of the characters as ASCII bytes. The caller owns the copy and must wipe it.
     *
     * @return a new array
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final byte[] toAsciiBytes() {
        return secret.copy();
    }

    /**
     * Tells whether another code has the same kind and the same characters, in time that does not depend on where
     * they differ.
     *
     * @param other another code
     * @return {@code true} if both are the same kind of code with the same value
     * @throws SecretDestroyedException if either code has been destroyed
     */
    public final boolean matches(SecretCode other) {
        Objects.requireNonNull(other, "other");
        boolean sameValue = secret.equalsInConstantTime(other.secret);
        return sameValue & kind == other.kind;
    }

    /**
     * Tells whether the code is trivial: all characters equal, or an ascending or descending run in the alphabet's
     * order, wrapping around its end ({@code 11111}, {@code 12345}, {@code 54321}, {@code 78901}). Generated codes
     * never are; a holder may still choose one, which the card accepts, so parsing does not reject them. A PIN-change
     * dialog can use this to advise against it.
     *
     * @return {@code true} for a trivial code
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final boolean hasTrivialPattern() {
        return secret.isTrivial(format);
    }

    /**
     * Zeroes the characters. Idempotent; every later use of the code throws {@link SecretDestroyedException}.
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
     * Destroys the code, so that try-with-resources wipes it.
     */
    @Override
    public final void close() {
        destroy();
    }

    /**
     * Wraps characters already checked against {@code format} in the code type of {@code kind}; takes ownership.
     * For a PIN or PUK the format is always {@link CodeFormat#PIN} or {@link CodeFormat#PUK}.
     */
    static SecretCode ofChecked(CodeKind kind, CodeFormat format, byte[] owned) {
        return switch (kind) {
            case PIN -> Pin.ofChecked(owned);
            case PUK -> Puk.ofChecked(owned);
            case CIP -> Cip.ofChecked(format, owned);
        };
    }

    /** The holder of the characters, for the split in this package. */
    final SecretBytes secret() {
        return secret;
    }

    /**
     * Identity: two codes are equal only if they are the same object. Use {@link #matches(SecretCode)} to compare
     * values.
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
     * Returns the kind only, e.g. {@code "PIN[redacted]"} or {@code "PIN[destroyed]"}.
     *
     * @return a description without the value
     */
    @Override
    public final String toString() {
        return kind.label() + (isDestroyed() ? "[destroyed]" : "[redacted]");
    }
}
