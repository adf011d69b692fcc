package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.secret.SecretArbitraries.SplitCase;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SplitPolicyProperties {

    @Provide
    Arbitrary<SplitCase> splitCases() {
        return SecretArbitraries.splitCases();
    }

    @Property
    void splitThenRecombineGivesTheCodeBackForEveryKindAndFittingPolicy(@ForAll("splitCases") SplitCase c) {
        SplitPolicy policy = SplitPolicy.MEF_SOGEI.withRule(c.kind(), c.rule());
        SecretCode code = SecretArbitraries.generate(c);
        try (SplitCode split = policy.split(code)) {
            char[] counter = split.counterHalf().revealForReceipt();
            char[] remote = split.remoteHalf().revealForSending();
            assertEquals(c.rule().counterLength(), counter.length);
            assertEquals(c.rule().remoteLength(), remote.length);
            char[] whole = code.toCharArray();
            assertArrayEquals(Arrays.copyOfRange(whole, 0, counter.length), counter);
            assertArrayEquals(Arrays.copyOfRange(whole, counter.length, whole.length), remote);

            SecretCode typed = switch (c.kind()) {
                case PIN -> policy.recombinePin(counter, remote);
                case PUK -> policy.recombinePuk(counter, remote);
                case CIP -> policy.recombineCip(counter, remote, c.format());
            };
            assertTrue(typed.matches(code));
            assertEquals(c.format(), typed.format());
            assertTrue(policy.recombine(split.counterHalf(), split.remoteHalf()).matches(code));
            assertTrue(policy.recombine(
                            c.kind(), c.format(), new String(counter), new String(remote), CodeReference.issued(code))
                    .matches(code));
        }
    }

    @Provide
    Arbitrary<String> partText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMaxLength(9),
                Arbitraries.strings().withChars("0123456789x ").ofMaxLength(9),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Property
    void arbitraryPartsGiveTheCodeOrOnlyTheTypedError(
            @ForAll("partText") String counter, @ForAll("partText") String remote, @ForAll CodeKind kind) {
        SplitPolicy policy = SplitPolicy.MEF_SOGEI;
        SplitRule rule = policy.ruleFor(kind);
        boolean wellFormed = counter.length() == rule.counterLength()
                && remote.length() == rule.remoteLength()
                && (counter + remote).chars().allMatch(ch -> ch >= '0' && ch <= '9');
        try {
            SecretCode code = switch (kind) {
                case PIN -> policy.recombinePin(counter.toCharArray(), remote.toCharArray());
                case PUK -> policy.recombinePuk(counter.toCharArray(), remote.toCharArray());
                case CIP -> policy.recombineCip(counter.toCharArray(), remote.toCharArray(), CodeFormat.DEFAULT_CIP);
            };
            assertTrue(wellFormed);
            assertArrayEquals((counter + remote).toCharArray(), code.toCharArray());
        } catch (SplitDeliveryException e) {
            assertFalse(wellFormed);
            assertEquals(kind, e.kind());
            assertTrue(e.problems().size() <= 2 + 2 * CodeFormat.MAX_LENGTH, "bounded whatever the input");
        }
    }

    @Property
    void halvesOfDifferentLengthsSwappedAreAlwaysCaughtByLength(@ForAll("splitCases") SplitCase c) {
        Assume.that(c.rule().counterLength() != c.rule().remoteLength());
        SplitPolicy policy = SplitPolicy.MEF_SOGEI.withRule(c.kind(), c.rule());
        try (SplitCode split = policy.split(SecretArbitraries.generate(c))) {
            String counter = new String(split.counterHalf().revealForReceipt());
            String remote = new String(split.remoteHalf().revealForSending());
            SplitDeliveryException e = assertThrows(
                    SplitDeliveryException.class,
                    () -> policy.recombine(c.kind(), c.format(), remote, counter, candidate -> true));
            assertEquals(List.of(new SplitProblem.HalvesSwapped(false)), e.problems());
        }
    }

    @Property
    void halvesOfEqualLengthsSwappedAreCaughtAgainstTheIssuedCode(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int half) {
        CodeFormat format = CodeFormat.digits(2 * half);
        SplitPolicy policy = SplitPolicy.MEF_SOGEI.withRule(CodeKind.CIP, new SplitRule(half, half));
        Cip issued = SecretTestSupport.seededGenerator(seed).generateCip(format, 2 * half);
        try (SplitCode split = policy.split(issued)) {
            String counter = new String(split.counterHalf().revealForReceipt());
            String remote = new String(split.remoteHalf().revealForSending());
            Assume.that(!counter.equals(remote));
            SplitDeliveryException e = assertThrows(
                    SplitDeliveryException.class,
                    () -> policy.recombine(CodeKind.CIP, format, remote, counter, CodeReference.issued(issued)));
            assertEquals(List.of(new SplitProblem.HalvesSwapped(true)), e.problems());
        }
    }

    @Property
    void anyWrongCharacterIsCaughtAgainstTheIssuedCode(
            @ForAll("splitCases") SplitCase c,
            @ForAll @IntRange(min = 0, max = 15) int position,
            @ForAll @IntRange(min = 1, max = 93) int shift) {
        SplitPolicy policy = SplitPolicy.MEF_SOGEI.withRule(c.kind(), c.rule());
        SecretCode issued = SecretArbitraries.generate(c);
        char[] typed = issued.toCharArray();
        int at = position % typed.length;
        String alphabet = c.format().alphabet();
        typed[at] = alphabet.charAt(
                (alphabet.indexOf(typed[at]) + shift % (alphabet.length() - 1) + 1) % alphabet.length());
        String counter = new String(typed, 0, c.rule().counterLength());
        String remote = new String(typed, c.rule().counterLength(), c.rule().remoteLength());
        SplitDeliveryException e = assertThrows(
                SplitDeliveryException.class,
                () -> policy.recombine(c.kind(), c.format(), counter, remote, CodeReference.issued(issued)));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0) instanceof SplitProblem.DoesNotMatchIssuedCode
                || e.problems().get(0) instanceof SplitProblem.HalvesSwapped);
    }
}
