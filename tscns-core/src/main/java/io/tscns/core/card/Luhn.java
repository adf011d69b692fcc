package io.tscns.core.card;

/**
 * The Luhn (mod 10) check digit of ISO/IEC 7812, used by the TEAM card number. Starting from the rightmost digit
 * of the payload, every other digit is doubled (minus 9 when above 9); the check digit brings the sum to a multiple
 * of 10. It detects every single-digit error and every transposition of adjacent digits except {@code 09}/{@code 90}.
 */
final class Luhn {

    private Luhn() {}

    /**
     * Computes the check digit to append to a payload.
     *
     * @param payload ASCII digits only (the caller has checked)
     * @return the check digit, {@code '0'}–{@code '9'}
     */
    static char checkDigit(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
