package io.tscns.core.secret;

import java.nio.CharBuffer;

/**
 * The PUK of a TS-CNS card (<i>codice PUK</i>): 8 ASCII digits ({@link CodeFormat#PUK}). It unblocks a blocked PIN
 * and sets a new one; three wrong PUKs block the card for good and only revocation is left
 * ({@code docs/cms.md §2.3}).
 *
 * <p>See {@link SecretValue} for how the value is kept secret. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Puk extends CardCode {

    private Puk(byte[] owned) {
        super(CodeKind.PUK, CodeFormat.PUK, owned);
    }

    /** Wraps characters already checked against {@link CodeFormat#PUK}; takes ownership. */
    static Puk ofChecked(byte[] owned) {
        return new Puk(owned);
    }

    /**
     * Reads a PUK. The caller keeps its array and should wipe it; the PUK holds its own copy.
     *
     * @param text the characters typed by the holder
     * @return the PUK
     * @throws InvalidSecretCodeException listing every problem (length, each non-digit position)
     */
    public static Puk parse(char[] text) {
        return parse(CharBuffer.wrap(text));
    }

    /**
     * Reads a PUK from any character sequence. Prefer {@link #parse(char[])}: a {@code String} cannot be wiped.
     *
     * @param text the characters typed by the holder
     * @return the PUK
     * @throws InvalidSecretCodeException listing every problem (length, each non-digit position)
     */
    public static Puk parse(CharSequence text) {
        return new Puk(CodeParser.parse(CodeKind.PUK, CodeFormat.PUK, text));
    }

    /**
     * Reads a PUK from the 8-byte field the card takes ({@link #paddedForCard()}).
     *
     * @param field 8 ASCII digits
     * @return the PUK
     * @throws InvalidSecretCodeException if the field is not 8 bytes or not 8 digits
     */
    public static Puk fromCardField(byte[] field) {
        return new Puk(CardField.unpad(CodeKind.PUK, CodeFormat.PUK, field));
    }
}
