package io.tscns.core.secret;

import java.util.Objects;

/** The mobile-number rules of {@link SmsChannel}. */
final class MobileNumbers {

    static final String WHAT = "mobile number";
    static final String ITALY = "+39";
    /** Longest text accepted: 15 E.164 digits, a prefix and generous separators. */
    static final int MAX_INPUT_LENGTH = 32;

    private static final String SEPARATORS = " -./()";
    private static final String ITALIAN_MOBILE_DIGITS = "9 or 10 for an Italian mobile number (after +39)";

    private MobileNumbers() {}

    static String normalise(String text) {
        Objects.requireNonNull(text, "number");
        String s = text.strip();
        if (s.isEmpty()) {
            throw fail(new AddressProblem.Empty(WHAT));
        }
        if (s.length() > MAX_INPUT_LENGTH) {
            throw fail(new AddressProblem.TooLong(WHAT, MAX_INPUT_LENGTH, s.length()));
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean international = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && !international && digits.length() == 0) {
                international = true;
            } else if (SEPARATORS.indexOf(c) < 0) {
                throw fail(new AddressProblem.BadCharacter(
                        WHAT, i + 1, "a digit, one leading '+', or a separator (space - . / ( ))"));
            }
        }
        if (!international && digits.length() >= 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            international = true;
            digits.delete(0, 2);
        }
        return international ? internationalNumber(digits.toString()) : ITALY + italianMobile(digits.toString());
    }

    private static String internationalNumber(String digits) {
        if (digits.length() < 8 || digits.length() > 15) {
            throw fail(new AddressProblem.WrongDigitCount(digits.length(), "8 to 15 after '+' or '00' (E.164)"));
        }
        if (digits.charAt(0) == '0') {
            throw fail(new AddressProblem.Malformed(WHAT, "a country code never starts with 0"));
        }
        if (digits.startsWith("39")) {
            return ITALY + italianMobile(digits.substring(2));
        }
        return "+" + digits;
    }

    private static String italianMobile(String national) {
        if (national.isEmpty() || national.charAt(0) != '3') {
            throw fail(new AddressProblem.NotMobile());
        }
        if (national.length() < 9 || national.length() > 10) {
            throw fail(new AddressProblem.WrongDigitCount(national.length(), ITALIAN_MOBILE_DIGITS));
        }
        return national;
    }

    private static InvalidRemoteAddressException fail(AddressProblem problem) {
        return new InvalidRemoteAddressException(problem);
    }
}
