package io.tscns.card.generation;

import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.core.card.CardId;

/**
 * How a card generation stores the card's 16-digit serial number (<i>numero di serie della carta</i>,
 * {@code docs/card.md §3.1}).
 *
 * @since 0.1.0
 */
public enum CardIdEncoding {

    /** Classic EF.ID_Carta: the 16 digits as 16 ASCII bytes [V]. */
    ASCII_DIGITS {
        @Override
        public CardId decode(byte[] file) {
            return CardId.fromFile(file);
        }
    },

    /**
     * The ACe 2025 applet's 10-byte file D003: the 16 digits packed as BCD in its first 8 bytes, two digits a byte,
     * high nibble first. An <strong>inference</strong> from one public trace whose file begins {@code 60 90 03 71},
     * the digits a classic card of the same issuer holds as text ({@code docs/card.md §10.1} [I]); the last two
     * bytes are not read.
     */
    PACKED_BCD {
        @Override
        public CardId decode(byte[] file) {
            if (file.length < BCD_BYTES) {
                throw new UnexpectedResponseException(
                        "the card id file has " + file.length + " bytes; packed BCD " + "needs " + BCD_BYTES);
            }
            char[] digits = new char[BCD_BYTES * 2];
            for (int i = 0; i < BCD_BYTES; i++) {
                digits[2 * i] = digit(file[i] >>> 4 & 0x0F, i);
                digits[2 * i + 1] = digit(file[i] & 0x0F, i);
            }
            return CardId.parse(new String(digits));
        }
    };

    private static final int BCD_BYTES = 8;

    /**
     * Decodes the card id file.
     *
     * @param file the file's content
     * @return the card id
     * @throws UnexpectedResponseException if the file cannot hold a card id in this encoding
     * @throws io.tscns.core.card.InvalidCardIdentifierException if the digits are not a card id
     */
    public abstract CardId decode(byte[] file);

    private static char digit(int nibble, int index) {
        if (nibble > 9) {
            throw new UnexpectedResponseException(
                    "the card id file holds a nibble that is not a BCD digit at byte " + index);
        }
        return (char) ('0' + nibble);
    }
}
