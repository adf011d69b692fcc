package io.tscns.core.secret;

/**
 * A code that the card itself checks: the {@link Pin} or the {@link Puk}. Both travel to the card in the same
 * 8-byte field, ASCII digits padded with {@code 0xFF} ({@code docs/card.md §8}).
 *
 * <p>Thread-safe, like every {@link SecretCode}.
 *
 * @since 0.1.0
 */
public abstract sealed class CardCode extends SecretCode permits Pin, Puk {

    /** Length of the field in which the card takes a PIN or PUK. */
    public static final int CARD_FIELD_LENGTH = CardField.LENGTH;

    CardCode(CodeKind kind, CodeFormat format, byte[] owned) {
        super(kind, format, owned);
    }

    /**
     * Returns the code as the card takes it in VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER: a new
     * {@value #CARD_FIELD_LENGTH}-byte array holding the ASCII digits followed by {@code 0xFF} padding. The caller
     * owns the array and must wipe it after sending.
     *
     * @return a new 8-byte array
     * @throws SecretDestroyedException if the code has been destroyed
     */
    public final byte[] paddedForCard() {
        return CardField.pad(secret());
    }
}
