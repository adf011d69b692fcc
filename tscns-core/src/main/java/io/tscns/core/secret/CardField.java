package io.tscns.core.secret;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The 8-byte field in which the card takes a PIN or PUK: the ASCII characters, then {@code 0xFF} up to 8 bytes
 * ({@code docs/card.md §8}: "min_len:5, max_len:8, stored_len:8, Pad char 0xFF"). VERIFY, CHANGE REFERENCE DATA and
 * RESET RETRY COUNTER carry exactly this.
 */
final class CardField {

    /** Length of the field on the card. */
    static final int LENGTH = 8;

    /** The padding byte. */
    static final byte PAD = (byte) 0xFF;

    private CardField() {}

    /** Returns a new 8-byte field: the code's characters, then padding. */
    static byte[] pad(SecretBytes code) {
        byte[] field = new byte[LENGTH];
        Arrays.fill(field, PAD);
        code.copyInto(field, 0);
        return field;
    }

    /**
     * Reads a field back into the code's characters, which the caller then owns.
     *
     * @throws InvalidSecretCodeException if the field is not 8 bytes, if a byte breaks the "characters, then
     *                                    padding" layout, or if the number of characters is not allowed
     */
    static byte[] unpad(CodeKind kind, CodeFormat format, byte[] field) {
        Objects.requireNonNull(field, "field");
        if (field.length != LENGTH) {
            throw new InvalidSecretCodeException(
                    kind, List.of(new SecretCodeProblem.WrongCardFieldLength(field.length, LENGTH)));
        }
        int length = 0;
        while (length < LENGTH && format.allows((char) (field[length] & 0xFF))) {
            length++;
        }
        for (int i = length; i < LENGTH; i++) {
            if (field[i] != PAD) {
                throw new InvalidSecretCodeException(kind, List.of(new SecretCodeProblem.BadCardPadding(i + 1)));
            }
        }
        if (!format.allowsLength(length)) {
            throw new InvalidSecretCodeException(
                    kind, List.of(new SecretCodeProblem.WrongLength(length, format.minLength(), format.maxLength())));
        }
        return Arrays.copyOf(field, length);
    }
}
