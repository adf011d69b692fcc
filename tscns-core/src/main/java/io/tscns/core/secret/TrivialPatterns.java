package io.tscns.core.secret;

/**
 * Recognises trivial codes: the ones a person guesses first.
 *
 * <ul>
 *   <li>all characters equal ({@code 00000}, {@code 77777});</li>
 *   <li>an ascending run, each character the next one of the alphabet ({@code 12345});</li>
 *   <li>a descending run ({@code 54321}).</li>
 * </ul>
 *
 * <p><strong>Runs wrap around the end of the alphabet</strong>: {@code 78901} and {@code 21098} count as trivial.
 * We chose this because such runs are as easy to guess as the plain ones (they are the top row of a keyboard read
 * left to right, and "counting on" past 9 is a common habit), and rejecting them costs only 10 more codes of each
 * length in each direction. With wrap-around, exactly 30 of the 10<sup>n</sup> digit codes of length n are trivial
 * (0.03 % of the 5-digit PINs).
 *
 * <p>The check reads every character whatever it finds, with no early exit, so its time depends only on the
 * length.
 */
final class TrivialPatterns {

    private TrivialPatterns() {}

    /**
     * @param code   characters of the code, all in the format's alphabet
     * @param format the format whose alphabet order defines the runs
     * @return whether the code is trivial; a code of one character is
     */
    static boolean isTrivial(byte[] code, CodeFormat format) {
        int n = format.alphabet().length();
        boolean equal = true;
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < code.length; i++) {
            int previous = format.indexOf(code[i - 1]);
            int current = format.indexOf(code[i]);
            equal &= current == previous;
            ascending &= current == (previous + 1) % n;
            descending &= current == (previous + n - 1) % n;
        }
        return equal | ascending | descending;
    }
}
