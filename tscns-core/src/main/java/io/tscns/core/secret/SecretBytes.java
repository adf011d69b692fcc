package io.tscns.core.secret;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The one place that holds the characters of a code or of a half of a code: printable ASCII in a {@code byte[]}
 * that only this class sees, handed out as fresh copies, compared in constant time and zeroed by {@link #destroy()}.
 *
 * <p>Thread-safe: every access is synchronised, so a copy never mixes characters with zeros of a concurrent wipe.
 */
final class SecretBytes {

    private final byte[] bytes;
    private final String what;
    private boolean destroyed;

    /**
     * Takes ownership of {@code owned}: the caller must not keep or change it.
     *
     * @param owned the characters, printable ASCII
     * @param what  what the bytes are, for the message when used after destruction ("PIN", "CIP counter half")
     */
    SecretBytes(byte[] owned, String what) {
        this.bytes = owned;
        this.what = what;
    }

    synchronized int length() {
        ensureAlive();
        return bytes.length;
    }

    synchronized byte[] copy() {
        ensureAlive();
        return bytes.clone();
    }

    synchronized char[] copyChars() {
        ensureAlive();
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) bytes[i];
        }
        return chars;
    }

    /** Copies the characters into {@code target} at {@code offset}. */
    synchronized void copyInto(byte[] target, int offset) {
        ensureAlive();
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    /**
     * Compares with another holder in time that depends only on the lengths ({@link MessageDigest#isEqual}).
     * The other holder is copied first and the copy wiped, so two locks are never held at once.
     */
    boolean equalsInConstantTime(SecretBytes other) {
        byte[] theirs = other.copy();
        try {
            synchronized (this) {
                ensureAlive();
                return MessageDigest.isEqual(bytes, theirs);
            }
        } finally {
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /** Whether the characters form a trivial pattern under the format's alphabet order. */
    synchronized boolean isTrivial(CodeFormat format) {
        ensureAlive();
        return TrivialPatterns.isTrivial(bytes, format);
    }

    synchronized void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    synchronized boolean isDestroyed() {
        return destroyed;
    }

    String what() {
        return what;
    }

    private void ensureAlive() {
        if (destroyed) {
            throw new SecretDestroyedException(what);
        }
    }
}
