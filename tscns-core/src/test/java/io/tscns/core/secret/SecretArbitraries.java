package io.tscns.core.secret;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators shared by the property classes of this package. */
final class SecretArbitraries {

    private SecretArbitraries() {}

    /** Any valid code format: 2 to 30 distinct printable ASCII characters, lengths allowing 10,000 codes. */
    static Arbitrary<CodeFormat> formats() {
        Arbitrary<String> alphabets = Arbitraries.chars()
                .range('!', '~')
                .set()
                .ofMinSize(2)
                .ofMaxSize(30)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
        return alphabets.flatMap(alphabet -> {
            int shortest = shortestLength(alphabet.length());
            return Arbitraries.integers()
                    .between(shortest, CodeFormat.MAX_LENGTH)
                    .flatMap(min -> Arbitraries.integers()
                            .between(min, CodeFormat.MAX_LENGTH)
                            .map(max -> CodeFormat.of(min, max, alphabet)));
        });
    }

    /** The shortest length at which an alphabet of this size gives {@link CodeFormat#MIN_CODE_SPACE} codes. */
    static int shortestLength(int alphabetSize) {
        int length = 1;
        long codes = alphabetSize;
        while (codes < CodeFormat.MIN_CODE_SPACE) {
            codes *= alphabetSize;
            length++;
        }
        return length;
    }

    /** Text that often looks like a code: digit runs of every length near the limits, with stray characters. */
    static Arbitrary<String> codeLikeText() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMaxLength(12);
        Arbitrary<String> nearlyDigits = Arbitraries.strings()
                .withChars("0123456789 a-\u0663\uFF15\u00ff")
                .ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        return Arbitraries.oneOf(digits, digits, nearlyDigits, anything);
    }

    /** Every trivial digit code of a length: 10 all-equal, 10 ascending and 10 descending runs, wrapping at 9. */
    static Set<String> trivialDigitCodes(int length) {
        Set<String> trivial = new HashSet<>();
        for (int start = 0; start < 10; start++) {
            StringBuilder equal = new StringBuilder();
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            for (int i = 0; i < length; i++) {
                equal.append(start);
                up.append((start + i) % 10);
                down.append(Math.floorMod(start - i, 10));
            }
            trivial.add(equal.toString());
            trivial.add(up.toString());
            trivial.add(down.toString());
        }
        return trivial;
    }

    /** Digit codes of 5 to 8 characters, one in four taken from the trivial ones. */
    static Arbitrary<String> pinTexts() {
        Arbitrary<String> any = Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(8);
        Arbitrary<String> trivial = Arbitraries.integers()
                .between(5, 8)
                .flatMap(length -> Arbitraries.of(new ArrayList<>(trivialDigitCodes(length))));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(1, trivial));
    }

    /** A kind, a format for it and a split rule that fits the format. */
    record SplitCase(CodeKind kind, CodeFormat format, SplitRule rule, long seed) {}

    static Arbitrary<SplitCase> splitCases() {
        Arbitrary<SplitCase> pins = Arbitraries.integers()
                .between(5, 8)
                .flatMap(total -> cases(CodeKind.PIN, Arbitraries.just(CodeFormat.PIN), total));
        Arbitrary<SplitCase> puks = cases(CodeKind.PUK, Arbitraries.just(CodeFormat.PUK), 8);
        Arbitrary<SplitCase> cips = formats()
                .filter(f -> f.maxLength() >= 2)
                .flatMap(format -> Arbitraries.integers()
                        .between(Math.max(2, format.minLength()), format.maxLength())
                        .flatMap(total -> cases(CodeKind.CIP, Arbitraries.just(format), total)));
        return Arbitraries.oneOf(pins, puks, cips);
    }

    private static Arbitrary<SplitCase> cases(CodeKind kind, Arbitrary<CodeFormat> format, int total) {
        return Combinators.combine(format, Arbitraries.integers().between(1, total - 1), Arbitraries.longs())
                .as((f, counter, seed) -> new SplitCase(kind, f, new SplitRule(counter, total - counter), seed));
    }

    /** Generates a code of the case's kind, format and total length. */
    static SecretCode generate(SplitCase c) {
        CodeGenerator generator = SecretTestSupport.seededGenerator(c.seed());
        return switch (c.kind()) {
            case PIN -> generator.generatePin(c.rule().totalLength());
            case PUK -> generator.generatePuk();
            case CIP -> generator.generateCip(c.format(), c.rule().totalLength());
        };
    }
}
