package io.tscns.core.secret;

import java.util.Locale;
import java.util.Objects;

/** The e-mail syntax of {@link EmailChannel}. */
final class EmailAddresses {

    static final String WHAT = "e-mail address";
    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;
    static final int MAX_LABEL_LENGTH = 63;

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";
    private static final String LOCAL_EXPECTED = "a letter, a digit, a dot or one of " + LOCAL_SPECIALS;
    private static final String DOMAIN_EXPECTED =
            "a letter, a digit, '-' or '.' (internationalised domains in " + "their xn-- form)";

    private EmailAddresses() {}

    static String normalise(String text) {
        Objects.requireNonNull(text, "address");
        String s = text.strip();
        if (s.isEmpty()) {
            throw fail(new AddressProblem.Empty(WHAT));
        }
        if (s.length() > MAX_LENGTH) {
            throw fail(new AddressProblem.TooLong(WHAT, MAX_LENGTH, s.length()));
        }
        int at = s.indexOf('@');
        if (at < 0) {
            throw fail(new AddressProblem.Malformed(WHAT, "it has no '@'"));
        }
        int secondAt = s.indexOf('@', at + 1);
        if (secondAt >= 0) {
            throw fail(new AddressProblem.BadCharacter(
                    WHAT, secondAt + 1, "a single '@' (quoted local parts are not accepted)"));
        }
        checkLocalPart(s, at);
        checkDomain(s, at + 1);
        return s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static void checkLocalPart(String s, int at) {
        if (at == 0) {
            throw fail(new AddressProblem.Malformed(WHAT, "nothing before the '@'"));
        }
        if (at > MAX_LOCAL_LENGTH) {
            throw fail(new AddressProblem.Malformed(
                    WHAT, "the part before the '@' has " + at + " characters; at most " + MAX_LOCAL_LENGTH));
        }
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == 0 || i == at - 1 || s.charAt(i - 1) == '.') {
                    throw fail(new AddressProblem.BadCharacter(
                            WHAT,
                            i + 1,
                            "no dot at the start or end of the part before the '@', nor two dots in a row"));
                }
            } else if (!isAsciiLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
                throw fail(new AddressProblem.BadCharacter(WHAT, i + 1, LOCAL_EXPECTED));
            }
        }
    }

    private static void checkDomain(String s, int start) {
        if (start == s.length()) {
            throw fail(new AddressProblem.Malformed(WHAT, "nothing after the '@'"));
        }
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '.') {
                char c = s.charAt(i);
                if (!isAsciiLetterOrDigit(c) && c != '-') {
                    throw fail(new AddressProblem.BadCharacter(WHAT, i + 1, DOMAIN_EXPECTED));
                }
                continue;
            }
            checkLabel(s, labelStart, i);
            labels++;
            labelStart = i + 1;
        }
        if (labels < 2) {
            throw fail(new AddressProblem.Malformed(WHAT, "the domain has no top-level part such as '.it'"));
        }
        checkTopLevel(s.substring(s.lastIndexOf('.') + 1));
    }

    private static void checkLabel(String s, int from, int to) {
        if (from == to) {
            throw fail(new AddressProblem.Malformed(
                    WHAT, "the domain has an empty label (a dot at its start or end, or two dots in a row)"));
        }
        if (to - from > MAX_LABEL_LENGTH) {
            throw fail(new AddressProblem.Malformed(
                    WHAT, "a domain label has more than " + MAX_LABEL_LENGTH + " characters"));
        }
        if (s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            throw fail(new AddressProblem.Malformed(WHAT, "a domain label starts or ends with '-'"));
        }
    }

    private static void checkTopLevel(String tld) {
        boolean punycode = tld.length() > 4 && tld.regionMatches(true, 0, "xn--", 0, 4);
        boolean letters = tld.length() >= 2 && tld.chars().allMatch(c -> isAsciiLetter((char) c));
        if (!punycode && !letters) {
            throw fail(new AddressProblem.Malformed(
                    WHAT, "the top-level domain must be two or more letters (or an xn-- name)"));
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static InvalidRemoteAddressException fail(AddressProblem problem) {
        return new InvalidRemoteAddressException(problem);
    }
}
