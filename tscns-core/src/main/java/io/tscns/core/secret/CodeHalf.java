package io.tscns.core.secret;

import javax.security.auth.Destroyable;

/**
 * One of the two parts of a split code: the {@link CounterHalf} printed at the counter or the {@link RemoteHalf}
 * sent by e-mail or SMS. Made only by {@link SplitPolicy#split(SecretCode)}.
 *
 * <p>A half is as secret as the code: the same rules as {@link SecretCode} hold (private wiped {@code byte[]}, no
 * value in {@code toString}, no JavaBean getter, not serialisable, identity {@code equals}). Its characters come out
 * only through the explicit reveal method of each subclass, for the one place that must show them.
 *
 * <p>Thread-safe.
 */
public abstract sealed class CodeHalf implements Destroyable, AutoCloseable permits CounterHalf, RemoteHalf {

    private final CodeKind kind;
    private final CodeFormat format;
    private final HalfRole role;
    private final SecretBytes secret;

    CodeHalf(CodeKind kind, CodeFormat format, HalfRole role, byte[] owned) {
        this.kind = kind;
        this.format = format;
        this.role = role;
        this.secret = new SecretBytes(owned, kind.label() + " " + role.label());
    }

    /**
     * Returns the kind of code this half belongs to.
     *
     * @return PIN, PUK or CIP
     */
    public final CodeKind kind() {
        return kind;
    }

    /**
     * Returns the format of the whole code.
     *
     * @return the code's format
     */
    public final CodeFormat format() {
        return format;
    }

    /**
     * Returns which half this is.
     *
     * @return counter or remote
     */
    public final HalfRole role() {
        return role;
    }

    /**
     * Returns the number of characters in this half (fixed by the policy, so not secret).
     *
     * @return the length
     * @throws SecretDestroyedException if the half has been destroyed
     */
    public final int length() {
        return secret.length();
    }

    /** A copy of the characters, for the subclasses' reveal methods and for recombination. */
    final char[] reveal() {
        return secret.copyChars();
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
     * Destroys the half, so that try-with-resources wipes it.
     */
    @Override
    public final void close() {
        destroy();
    }

    /**
     * Identity, like {@link SecretCode#equals(Object)}.
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
     * Returns kind and role only, e.g. {@code "PIN counter half[redacted]"}.
     *
     * @return a description without the value
     */
    @Override
    public final String toString() {
        return secret.what() + (isDestroyed() ? "[destroyed]" : "[redacted]");
    }
}
