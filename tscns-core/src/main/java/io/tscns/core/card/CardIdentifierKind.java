package io.tscns.core.card;

/**
 * Which card identifier a {@link CardIdentifierProblem} is about.
 *
 * @since 0.1.0
 */
public enum CardIdentifierKind {
    /** The chip serial of {@code EF.ID_Carta}, 16 ASCII digits ({@link CardId}). */
    CARD_ID("EF.ID_Carta", 16),
    /** The 20-digit TEAM card number with its Luhn check digit ({@link TeamNumber}). */
    TEAM_NUMBER("TEAM card number", 20);

    private final String label;
    private final int length;

    CardIdentifierKind(String label, int length) {
        this.label = label;
        this.length = length;
    }

    /**
     * Returns the name used in error descriptions.
     *
     * @return for example {@code "EF.ID_Carta"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the number of digits an identifier of this kind has.
     *
     * @return 16 or 20
     */
    public int length() {
        return length;
    }
}
