package io.tscns.core.secret;

import java.nio.CharBuffer;

/**
 * The PIN of a TS-CNS card (<i>codice PIN</i>): 5 to 8 ASCII digits ({@link CodeFormat#PIN}, {@code docs/card.md
 * §8}). The card blocks the PIN after three wrong tries ({@code docs/cms.md §2.3}), so a caller should reject a
 * malformed PIN here rather than spend a try on it.
 *
 * <p>See {@link SecretValue} for how the value is kept secret. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Pin extends CardCode {

    private Pin(byte[] owned) {
        super(CodeKind.PIN, CodeFormat.PIN, owned);
    }

    /** Wraps characters already checked against {@link CodeFormat#PIN}; takes ownership. */
    static Pin ofChecked(byte[] owned) {
        return new Pin(owned);
    }

    /**
     * Reads a PIN. The caller keeps its array and should wipe it; the PIN holds its own copy.
     *
     * @param text the characters typed by the holder
     * @return the PIN
     * @throws InvalidSecretCodeException listing every problem (length, each non-digit position)
     */
    public static Pin parse(char[] text) {
        return parse(CharBuffer.wrap(text));
    }

    /**
     * Reads a PIN from any character sequence. Prefer {@link #parse(char[])}: a {@code String} cannot be wiped.
     *
     * @param text the characters typed by the holder
     * @return the PIN
     * @throws InvalidSecretCodeException listing every problem (length, each non-digit position)
     */
    public static Pin parse(CharSequence text) {
        return new Pin(CodeParser.parse(CodeKind.PIN, CodeFormat.PIN, text));
    }

    /**
     * Reads a PIN from the 8-byte field the card takes ({@link #paddedForCard()}), as a simulated card receives it.
     *
     * @param field 8 bytes: 5 to 8 ASCII digits, then {@code 0xFF} padding
     * @return the PIN
     * @throws InvalidSecretCodeException if the field is not 8 bytes, breaks the layout or holds too few digits
     */
    public static Pin fromCardField(byte[] field) {
        return new Pin(CardField.unpad(CodeKind.PIN, CodeFormat.PIN, field));
    }
}
