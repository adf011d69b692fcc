package io.tscns.core.internal;

import io.tscns.core.Problem;
import java.util.Locale;

/**
 * Derives a problem's stable code from the name of its record or enum constant, for the default of
 * {@link Problem#code()}: {@code WrongLength} gives {@code wrong-length}, {@code NotACa} gives {@code not-a-ca},
 * {@code NotUtf8} gives {@code not-utf8}, and the constant {@code NAMES_A_SECRET} gives {@code names-a-secret}.
 * Thread-safe.
 */
public final class ProblemCodes {

    private static final ClassValue<String> RECORD_CODES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return kebabCase(type.getSimpleName());
        }
    };

    private ProblemCodes() {}

    /**
     * Returns the code a problem's name gives.
     *
     * @param problem a record or an enum constant
     * @return the name in lower-case kebab case
     * @throws IllegalStateException if the problem is neither a record nor an enum constant, and so has no name
     *                               to derive its code from
     */
    public static String of(Problem problem) {
        if (problem instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (!problem.getClass().isRecord()) {
            throw new IllegalStateException(problem.getClass().getName()
                    + " is neither a record nor an enum constant: it must override code()");
        }
        return RECORD_CODES.get(problem.getClass());
    }

    /**
     * Returns a CamelCase name in kebab case: a word starts at each capital letter that follows a lower-case
     * letter or a digit, and at the last capital of a run of capitals followed by a lower-case letter.
     *
     * @param name an ASCII CamelCase name, e.g. {@code IssuerCannotSignCrls}
     * @return the kebab-case rendering, e.g. {@code issuer-cannot-sign-crls}
     */
    static String kebabCase(String name) {
        StringBuilder code = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isUpper(c)) {
                boolean afterLowerOrDigit = i > 0 && !isUpper(name.charAt(i - 1));
                boolean endsCapitals = i > 0 && i + 1 < name.length() && isLower(name.charAt(i + 1));
                if (afterLowerOrDigit || endsCapitals) {
                    code.append('-');
                }
                code.append((char) (c - 'A' + 'a'));
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
