package io.tscns.core.person;

import java.util.Objects;

/**
 * The birth-place code of a codice fiscale (<i>codice catastale</i>, also called the Belfiore code): one letter and
 * three digits. Italian municipalities use the letters {@code A}–{@code M}; foreign states use {@code Z} followed by
 * three digits (for example {@code Z404} for the United States).
 *
 * <p>The same four-character code appears in EF.Dati_personali for the birth and residence municipalities. This
 * type checks the shape only; it does not carry the national table of municipalities.
 *
 * @param value the four-character code, upper case
 * @since 0.1.0
 */
public record BirthPlaceCode(String value) {

    /**
     * Checks the shape of the code.
     *
     * @throws IllegalArgumentException if the value is not one upper-case letter followed by three digits
     */
    public BirthPlaceCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "birth-place code must be one upper-case letter and three digits (e.g. H501), found \"" + value
                            + "\"");
        }
    }

    /**
     * Tells whether a string has the shape of a birth-place code.
     *
     * @param value any string, possibly {@code null}
     * @return {@code true} if it is one upper-case letter followed by three digits
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 4) {
            return false;
        }
        char first = value.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether the code denotes a foreign state ({@code Z} codes) rather than an Italian municipality.
     *
     * @return {@code true} for a {@code Z} code
     */
    public boolean isForeignState() {
        return value.charAt(0) == 'Z';
    }

    @Override
    public String toString() {
        return value;
    }
}
