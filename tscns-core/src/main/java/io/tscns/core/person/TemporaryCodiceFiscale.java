package io.tscns.core.person;

import java.util.Objects;

/**
 * The 11-digit temporary numeric codice fiscale (<i>codice fiscale numerico provvisorio</i>) given to a person whose
 * position is still being regularised. The last digit is a check digit computed like that of a partita IVA:
 * digits in odd positions count as they are, digits in even positions are doubled (minus 9 when above 9), and the
 * check digit brings the sum to a multiple of 10.
 *
 * <p>A CNS certificate may carry this code in its common name, which is why relying parties must never take "the
 * first 16 characters" of the CN.
 *
 * @param value the eleven digits
 * @since 0.1.0
 */
public record TemporaryCodiceFiscale(String value) implements CodiceFiscale {

    /** Length of a temporary numeric code. */
    public static final int LENGTH = 11;

    /**
     * Validates the digits and the check digit.
     *
     * @throws InvalidCodiceFiscaleException if the value is not eleven digits with a correct check digit
     */
    public TemporaryCodiceFiscale {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.WrongLength(value.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.BadCharacter(i + 1, c, "a digit"));
            }
        }
        char expected = checkDigit(value);
        if (value.charAt(LENGTH - 1) != expected) {
            throw new InvalidCodiceFiscaleException(
                    new CodiceFiscaleProblem.WrongCheckCharacter(expected, value.charAt(LENGTH - 1)));
        }
    }

    /**
     * Computes the check digit for the first ten digits.
     *
     * @param digits a string whose first ten characters are digits
     * @return the check digit
     */
    static char checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Builds a valid temporary code from its first ten digits by appending the check digit.
     *
     * @param tenDigits the first ten digits
     * @return the code
     * @throws InvalidCodiceFiscaleException if the input is not ten digits
     */
    public static TemporaryCodiceFiscale withCheckDigit(String tenDigits) {
        Objects.requireNonNull(tenDigits, "tenDigits");
        if (tenDigits.length() != LENGTH - 1) {
            throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.WrongLength(tenDigits.length() + 1));
        }
        for (int i = 0; i < tenDigits.length(); i++) {
            char c = tenDigits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidCodiceFiscaleException(new CodiceFiscaleProblem.BadCharacter(i + 1, c, "a digit"));
            }
        }
        return new TemporaryCodiceFiscale(tenDigits + checkDigit(tenDigits));
    }

    @Override
    public String toString() {
        return value;
    }
}
