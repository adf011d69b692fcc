package io.tscns.core.secret;

import java.util.Objects;

/**
 * A secret code of a TS-CNS card (<i>codici segreti</i>): a {@link Pin}, a {@link Puk} or a {@link Cip}.
 *
 * <p>The value never shows itself by accident (see {@link SecretValue}): it comes out only through
 * {@link #toCharArray()}, {@link #toAsciiBytes()} and {@link CardCode#paddedForCard()}, as fresh copies the caller
 * wipes, and is compared in constant time by {@link #matches(SecretCode)}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class SecretCode extends SecretValue permits CardCode, Cip {

    private final CodeKind kind;
    private final CodeFormat format;

    SecretCode(CodeKind kind, CodeFormat format, byte[] owned) {
        super(owned, kind.label());
        this.kind = kind;
        this.format = format;
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
     * Returns a copy of the characters, for a caller that must hand them on (for example to a protocol message that
     * exists to carry the code). The caller owns the copy and must wipe it ({@code Arrays.fill(chars, '\0')}).
     *
     * @return a new array
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final char[] toCharArray() {
        return secret().copyChars();
    }

    /**
     * Returns a copy of the characters as ASCII bytes. The caller owns the copy and must wipe it.
     *
     * @return a new array
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final byte[] toAsciiBytes() {
        return secret().copy();
    }

    /**
     * Tells whether another code has the same kind and the same characters, in time that depends only on the
     * lengths ({@link java.security.MessageDigest#isEqual}), never on where the values differ.
     *
     * @param other another code
     * @return {@code true} if both are the same kind of code with the same value
     * @throws SecretDestroyedException if either code has been destroyed
     */
    public final boolean matches(SecretCode other) {
        Objects.requireNonNull(other, "other");
        boolean sameValue = secret().equalsInConstantTime(other.secret());
        return sameValue & kind == other.kind;
    }

    /**
     * Tells whether the code is trivial: all characters equal, or an ascending or descending run in the alphabet's
     * order, wrapping around its end ({@code 11111}, {@code 12345}, {@code 54321}, {@code 78901}). Generated codes
     * never are; a holder may still choose one, which the card accepts, so parsing does not reject them. A PIN-change
     * dialog can use this to advise against it. (Not named {@code isTrivial}, so that no JavaBean introspection
     * reports it.)
     *
     * @return {@code true} for a trivial code
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final boolean hasTrivialPattern() {
        return secret().isTrivial(format);
    }
}
