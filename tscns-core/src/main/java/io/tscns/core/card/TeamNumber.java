package io.tscns.core.card;

import java.util.Objects;

/**
 * The 20-digit identification number of the health card (<i>numero di identificazione della tessera</i>, the TEAM
 * number, field 9 of the European Health Insurance Card): an ISO/IEC 7812 number whose last digit is the Luhn check
 * digit of the first nineteen ({@code docs/card.md §7.1}).
 *
 * <p>Who uses it: counter software that types the number printed on the back of the card, health portals that key
 * records on it, and card readers that derive it from the chip with {@link #fromCardId(CardId)}.
 *
 * <h2>Structure</h2>
 * Stated by a public source: the first ten digits identify the issuing bodies (national and regional) and are
 * shared by many holders; the last ten are the individual series ({@link #issuingBodies()},
 * {@link #individualSeries()}). Inferred from the derivation below and not confirmed by any source:
 * {@code 80} (ISO/IEC 7812 health industry), {@code 380} (Italy, ISO 3166-1 numeric), {@code 00} (unknown), the
 * three-digit region code ({@link #inferredRegionCode()}), a nine-digit serial and the Luhn digit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value the twenty digits, without spaces
 * @since 0.1.0
 */
public record TeamNumber(String value) {

    /** Number of digits. */
    public static final int LENGTH = 20;

    /** The fixed leading digits of the {@linkplain #fromCardId(CardId) derivation from the chip}. */
    public static final String DERIVATION_PREFIX = "8038000";

    /**
     * Checks length, digits and the Luhn check digit.
     *
     * @throws InvalidCardIdentifierException if the value is not twenty ASCII digits with a correct check digit
     */
    public TeamNumber {
        Objects.requireNonNull(value, "value");
        Digits.requireDigits(CardIdentifierKind.TEAM_NUMBER, value);
        char expected = Luhn.checkDigit(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            throw new InvalidCardIdentifierException(
                    new CardIdentifierProblem.WrongCheckDigit(expected, value.charAt(LENGTH - 1)));
        }
    }

    /**
     * Reads a TEAM number typed or copied by a person. White space anywhere is ignored, so the number may be given
     * as one block of twenty digits (as printed on the card) or in groups ({@code 8038 0001 2012 3456 7891});
     * any other separator is an error.
     *
     * @param text the text to read
     * @return the number
     * @throws InvalidCardIdentifierException if a character other than white space is not an ASCII digit (its
     *                                        1-based position in {@code text} is given), if there are not twenty
     *                                        digits, or if the check digit is wrong
     */
    public static TeamNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder digits = new StringBuilder(LENGTH);
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (!Digits.isDigit(c)) {
                throw new InvalidCardIdentifierException(
                        new CardIdentifierProblem.NotADigit(CardIdentifierKind.TEAM_NUMBER, i + 1, c));
            }
            if (count++ < LENGTH) {
                digits.append(c);
            }
        }
        if (count != LENGTH) {
            throw new InvalidCardIdentifierException(
                    new CardIdentifierProblem.WrongLength(CardIdentifierKind.TEAM_NUMBER, count));
        }
        return new TeamNumber(digits.toString());
    }

    /**
     * Derives the TEAM number from the chip's {@code EF.ID_Carta}: {@value #DERIVATION_PREFIX}, then characters
     * 2–13 of the card id, then the Luhn check digit over those nineteen digits. For the card id
     * {@code 6120123456789000} this gives {@code 80380001201234567891}.
     *
     * <p><strong>This rule is a public inference, not an official specification</strong>: it is the algorithm of
     * a public script (francescm/tessera_sanitaria, {@code docs/card.md §7.1}), the only one found; it agrees with
     * the stated 10 + 10 structure and with published numbers, but no issuer document confirms it. Compare the
     * result with the number printed on the card before relying on it.
     *
     * @param cardId the chip serial
     * @return the derived number
     */
    public static TeamNumber fromCardId(CardId cardId) {
        Objects.requireNonNull(cardId, "cardId");
        String payload = DERIVATION_PREFIX + cardId.value().substring(1, 13);
        return new TeamNumber(payload + Luhn.checkDigit(payload));
    }

    /**
     * Tells whether this number is the one {@link #fromCardId(CardId)} derives from a card id (subject to the
     * same caveat: the derivation is an inference).
     *
     * @param cardId a chip serial
     * @return {@code true} if the derivation gives this number
     */
    public boolean isDerivedFrom(CardId cardId) {
        return equals(fromCardId(cardId));
    }

    /**
     * Returns the first ten digits, which identify the national and regional issuing bodies
     * ({@code docs/card.md §7.1}, stated by a secondary source).
     *
     * @return ten digits
     */
    public String issuingBodies() {
        return value.substring(0, 10);
    }

    /**
     * Returns the last ten digits, the card's individual series, check digit included ({@code docs/card.md §7.1},
     * stated by a secondary source).
     *
     * @return ten digits
     */
    public String individualSeries() {
        return value.substring(10);
    }

    /**
     * Returns digits 8–10, inferred to be the region code ({@code 090} Toscana, {@code 180} Calabria).
     * <strong>An inference</strong> from the derivation rule, not a specification.
     *
     * @return three digits
     */
    public String inferredRegionCode() {
        return value.substring(7, 10);
    }

    /**
     * Returns the Luhn check digit (the last digit).
     *
     * @return {@code '0'}–{@code '9'}
     */
    public char checkDigit() {
        return value.charAt(LENGTH - 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
