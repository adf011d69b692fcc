package io.tscns.core.person;

/**
 * The sex recorded for a person (<i>sesso</i>) as the codice fiscale and EF.Dati_personali encode it:
 * {@code M} or {@code F}.
 *
 * @since 0.1.0
 */
public enum Sex {
    /** Male, {@code M}; the codice fiscale keeps the birth day as is. */
    MALE('M'),
    /** Female, {@code F}; the codice fiscale adds 40 to the birth day. */
    FEMALE('F');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    /**
     * Returns the one-letter code used on the card and in the codice fiscale rules.
     *
     * @return {@code 'M'} or {@code 'F'}
     */
    public char code() {
        return code;
    }

    /**
     * Returns the sex for a one-letter code.
     *
     * @param code {@code 'M'} or {@code 'F'} (upper case)
     * @return the matching sex
     * @throws IllegalArgumentException if the code is neither
     */
    public static Sex fromCode(char code) {
        return switch (code) {
            case 'M' -> MALE;
            case 'F' -> FEMALE;
            default -> throw new IllegalArgumentException("sex code must be 'M' or 'F', found '" + code + "'");
        };
    }
}
