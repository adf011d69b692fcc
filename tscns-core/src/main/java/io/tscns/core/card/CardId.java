package io.tscns.core.card;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The card serial number stored in {@code EF.ID_Carta} (<i>identificativo della carta</i>, file {@code 1003} under
 * DF0 {@code 3F00/1000}): exactly 16 ASCII digits ({@code docs/card.md §3.1}). OpenSC copies these 16 bytes verbatim
 * into the PKCS#15 token serial number, and CNS authentication certificates appear to carry the same 16 digits
 * after the {@code /} of the subject common name.
 *
 * <p>Who uses it: the card reader ({@link #fromFile(byte[])} on the bytes read from the chip), the simulated card
 * ({@link #toFileBytes()}), and anyone deriving the printed {@link TeamNumber}.
 *
 * <h2>Structure (an inference)</h2>
 * The one real sample seen had the shape {@code 6 RRR SSSSSSSSS 000}: a leading {@code 6}, a three-digit
 * region/issuer code ({@code 090} for Toscana) equal, together with the {@code 6}, to the issuer-code field of
 * EF.Dati_personali, a nine-digit serial and three more digits. This is an <strong>inference from a single
 * sample</strong>, not a published specification; the {@code inferred…} accessors are offered on that basis only.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value the sixteen ASCII digits
 * @since 0.1.0
 */
public record CardId(String value) {

    /** Number of digits (and bytes of the card file). */
    public static final int LENGTH = 16;

    /**
     * Checks that the value is sixteen ASCII digits.
     *
     * @throws InvalidCardIdentifierException if the length is not 16 or a character is not an ASCII digit
     */
    public CardId {
        Objects.requireNonNull(value, "value");
        Digits.requireDigits(CardIdentifierKind.CARD_ID, value);
    }

    /**
     * Reads a card id typed or copied by a person. Surrounding white space is ignored; nothing else is.
     *
     * @param text the text to read
     * @return the card id
     * @throws InvalidCardIdentifierException if the text is not sixteen ASCII digits
     */
    public static CardId parse(String text) {
        return new CardId(Objects.requireNonNull(text, "text").strip());
    }

    /**
     * Reads the content of {@code EF.ID_Carta} as returned by READ BINARY.
     *
     * @param file the bytes read from the card
     * @return the card id
     * @throws InvalidCardIdentifierException if the file is not exactly 16 bytes, or a byte is not an ASCII digit
     *                                        (the problem gives its 1-based position and value)
     */
    public static CardId fromFile(byte[] file) {
        Objects.requireNonNull(file, "file");
        if (file.length != LENGTH) {
            throw new InvalidCardIdentifierException(
                    new CardIdentifierProblem.WrongLength(CardIdentifierKind.CARD_ID, file.length));
        }
        // ISO-8859-1 maps each byte to the char of the same value, so a bad byte is reported as it was read.
        return new CardId(new String(file, StandardCharsets.ISO_8859_1));
    }

    /**
     * Returns the content of {@code EF.ID_Carta} for this id: the sixteen digits as ASCII bytes.
     *
     * @return a new 16-byte array
     */
    public byte[] toFileBytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the first four digits, which in the one sample seen equal the issuer-code field of
     * EF.Dati_personali ({@code 6090} for Toscana). <strong>An inference</strong> ({@code docs/card.md §3.1}).
     *
     * @return four digits
     */
    public String inferredIssuerCode() {
        return value.substring(0, 4);
    }

    /**
     * Returns digits 2–4, inferred to be the region code ({@code 090} Toscana, {@code 120} Lazio).
     * <strong>An inference</strong> from one sample ({@code docs/card.md §3.1}).
     *
     * @return three digits
     */
    public String inferredRegionCode() {
        return value.substring(1, 4);
    }

    /**
     * Returns digits 5–13, inferred to be the card's individual serial. <strong>An inference</strong> from one
     * sample ({@code docs/card.md §3.1}); digits 14–16 ({@code 000} in that sample) are of unknown meaning.
     *
     * @return nine digits
     */
    public String inferredSerial() {
        return value.substring(4, 13);
    }

    @Override
    public String toString() {
        return value;
    }
}
