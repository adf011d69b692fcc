package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitPolicyTest {

    private static final SplitPolicy MEF = SplitPolicy.MEF_SOGEI;
    private static final String DIGIT = "a digit 0-9";

    @Test
    void theMefPracticeIsTwoPlusThreeForThePinAndTwoPlusSixForThePuk() {
        assertEquals(new SplitRule(2, 3), MEF.ruleFor(CodeKind.PIN));
        assertEquals(new SplitRule(2, 6), MEF.ruleFor(CodeKind.PUK));
        assertEquals(new SplitRule(2, 6), MEF.ruleFor(CodeKind.CIP));
        assertEquals("2 + 3", MEF.pin().toString());
    }

    @Test
    void splitPutsTheLeadingCharactersOnTheCounterReceipt() {
        Pin pin = Pin.parse("90817");
        try (SplitCode split = MEF.split(pin)) {
            assertEquals(CodeKind.PIN, split.kind());
            assertArrayEquals("90".toCharArray(), split.counterHalf().revealForReceipt());
            assertArrayEquals("817".toCharArray(), split.remoteHalf().revealForSending());
            assertEquals(HalfRole.COUNTER, split.counterHalf().role());
            assertEquals(3, split.remoteHalf().length());
        }
        assertArrayEquals("90817".toCharArray(), pin.toCharArray(), "the code itself is left intact");

        try (SplitCode puk = MEF.split(Puk.parse("55123498"))) {
            assertArrayEquals("55".toCharArray(), puk.counterHalf().revealForReceipt());
            assertArrayEquals("123498".toCharArray(), puk.remoteHalf().revealForSending());
        }
    }

    @Test
    void aCodeOfAnotherLengthThanTheRuleIsNotSplit() {
        SplitDeliveryException e = assertThrows(SplitDeliveryException.class, () -> MEF.split(Pin.parse("908172")));
        assertEquals(List.of(new SplitProblem.CodeDoesNotFitRule(CodeKind.PIN, new SplitRule(2, 3))), e.problems());
        assertEquals(
                "split delivery of the PIN failed: the PIN cannot be split 2 + 3: its length is not 5", e.getMessage());
    }

    @Test
    void rulesMustFitTheFormatOfTheirCode() {
        SplitDeliveryException pin =
                assertThrows(SplitDeliveryException.class, () -> MEF.withRule(CodeKind.PIN, new SplitRule(2, 2)));
        assertEquals(
                List.of(new SplitProblem.RuleDoesNotFitFormat(CodeKind.PIN, new SplitRule(2, 2), 5, 8)),
                pin.problems());
        assertThrows(SplitDeliveryException.class, () -> MEF.withRule(CodeKind.PUK, new SplitRule(3, 6)));

        Cip tenDigits = Cip.parse("1234567890".toCharArray(), CodeFormat.digits(10));
        SplitDeliveryException cip = assertThrows(SplitDeliveryException.class, () -> MEF.split(tenDigits));
        assertInstanceOf(SplitProblem.RuleDoesNotFitFormat.class, cip.problems().get(0));
        try (SplitCode split = MEF.withRule(CodeKind.CIP, new SplitRule(4, 6)).split(tenDigits)) {
            assertArrayEquals("567890".toCharArray(), split.remoteHalf().revealForSending());
        }
    }

    @Test
    void splitRulesNeedTwoNonEmptyHalves() {
        assertThrows(InvalidSecretConfigurationException.class, () -> new SplitRule(0, 5));
        assertThrows(InvalidSecretConfigurationException.class, () -> new SplitRule(2, 0));
        assertThrows(InvalidSecretConfigurationException.class, () -> new SplitRule(10, 7));
        assertThrows(
                InvalidSecretConfigurationException.class, () -> new SplitRule(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(16, new SplitRule(8, 8).totalLength());
    }

    @Test
    void twoGoodPartsGiveTheCode() {
        assertTrue(MEF.recombinePin("90".toCharArray(), "817".toCharArray()).matches(Pin.parse("90817")));
        assertTrue(MEF.recombinePuk("55".toCharArray(), "123498".toCharArray()).matches(Puk.parse("55123498")));
        assertTrue(MEF.recombineCip("11".toCharArray(), "223344".toCharArray(), CodeFormat.DEFAULT_CIP)
                .matches(Cip.parse("11223344".toCharArray())));
    }

    @Test
    void aShortOrLongHalfIsNamed() {
        assertEquals(List.of(new SplitProblem.HalfWrongLength(HalfRole.COUNTER, 2, 1)), pinProblems("9", "817"));
        assertEquals(List.of(new SplitProblem.HalfWrongLength(HalfRole.REMOTE, 3, 4)), pinProblems("90", "8170"));
        SplitDeliveryException e = assertThrows(
                SplitDeliveryException.class, () -> MEF.recombinePin("9".toCharArray(), "817".toCharArray()));
        assertEquals(
                "split delivery of the PIN failed: the counter half has 1 characters; expected 2 (too short)",
                e.getMessage());
    }

    @Test
    void nonDigitsAreNamedByHalfAndPosition() {
        assertEquals(
                List.of(
                        new SplitProblem.HalfCharacterNotAllowed(HalfRole.COUNTER, 2, DIGIT),
                        new SplitProblem.HalfCharacterNotAllowed(HalfRole.REMOTE, 3, DIGIT)),
                pinProblems("9O", "81l"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(
                List.of(
                        new SplitProblem.HalfWrongLength(HalfRole.COUNTER, 2, 1),
                        new SplitProblem.HalfWrongLength(HalfRole.REMOTE, 3, 4),
                        new SplitProblem.HalfCharacterNotAllowed(HalfRole.REMOTE, 3, DIGIT)),
                pinProblems("9", "81-7"));
    }

    @Test
    void halvesOfDifferentLengthsGivenInEachOthersPlaceAreReportedAsSwapped() {
        assertEquals(List.of(new SplitProblem.HalvesSwapped(false)), pinProblems("817", "90"));
        SplitDeliveryException puk = assertThrows(
                SplitDeliveryException.class, () -> MEF.recombinePuk("123498".toCharArray(), "55".toCharArray()));
        assertEquals(List.of(new SplitProblem.HalvesSwapped(false)), puk.problems());
        assertTrue(puk.getMessage().contains("each has the other's length"), puk.getMessage());
    }

    @Test
    void aSwapOfEqualHalvesIsInvisibleWithoutTheIssuedCodeAndCaughtWithIt() {
        SplitPolicy fourPlusFour = MEF.withRule(CodeKind.CIP, new SplitRule(4, 4));
        Cip issued = Cip.parse("12345670".toCharArray());

        Cip blind = fourPlusFour.recombineCip("5670".toCharArray(), "1234".toCharArray(), CodeFormat.DEFAULT_CIP);
        assertFalse(blind.matches(issued), "the documented limit: the halves alone cannot show the swap");

        SplitDeliveryException e = assertThrows(
                SplitDeliveryException.class,
                () -> fourPlusFour.recombine(
                        CodeKind.CIP, CodeFormat.DEFAULT_CIP, "5670", "1234", CodeReference.issued(issued)));
        assertEquals(List.of(new SplitProblem.HalvesSwapped(true)), e.problems());

        SecretCode confirmed = fourPlusFour.recombine(
                CodeKind.CIP, CodeFormat.DEFAULT_CIP, "1234", "5670", CodeReference.issued(issued));
        assertInstanceOf(Cip.class, confirmed);
        assertTrue(confirmed.matches(issued));
    }

    @Test
    void aWrongHalfIsCaughtOnlyAgainstTheIssuedCodeWithoutSayingWhichHalf() {
        Pin issued = Pin.parse("90817");
        SplitDeliveryException e = assertThrows(
                SplitDeliveryException.class,
                () -> MEF.recombine(CodeKind.PIN, CodeFormat.PIN, "90", "871", CodeReference.issued(issued)));
        assertEquals(List.of(new SplitProblem.DoesNotMatchIssuedCode(CodeKind.PIN)), e.problems());
        assertThrows(
                SplitDeliveryException.class,
                () -> MEF.recombine(CodeKind.PIN, CodeFormat.PIN, "09", "817", CodeReference.issued(issued)));
        assertTrue(MEF.recombine(CodeKind.PIN, CodeFormat.PIN, "90", "817", CodeReference.issued(issued))
                .matches(issued));
        assertThrows(
                SplitDeliveryException.class,
                () -> MEF.recombine(
                        CodeKind.PUK, CodeFormat.PUK, "90", "817000", CodeReference.issued(Pin.parse("90817"))),
                "a PIN reference refuses any PUK");
    }

    @Test
    void aRejectedCandidateIsDestroyed() {
        SecretCode[] seen = new SecretCode[1];
        CodeReference rejectAll = candidate -> {
            seen[0] = candidate;
            return false;
        };
        assertThrows(
                SplitDeliveryException.class,
                () -> MEF.recombine(CodeKind.PIN, CodeFormat.PIN, "90", "817", rejectAll));
        assertTrue(seen[0].isDestroyed());
    }

    @Test
    void aPinOrPukWithAForeignFormatIsAProgrammingError() {
        assertThrows(
                InvalidSecretConfigurationException.class,
                () -> MEF.recombine(
                        CodeKind.PIN, CodeFormat.DEFAULT_CIP, "90", "817", CodeReference.issued(Pin.parse("90817"))));
    }

    @Test
    void typedHalvesRecombineAndMustBelongTogether() {
        SplitCode pin = MEF.split(Pin.parse("90817"));
        SplitCode puk = MEF.split(Puk.parse("55123498"));
        assertTrue(MEF.recombine(pin.counterHalf(), pin.remoteHalf()).matches(Pin.parse("90817")));

        SplitDeliveryException kinds =
                assertThrows(SplitDeliveryException.class, () -> MEF.recombine(pin.counterHalf(), puk.remoteHalf()));
        assertEquals(List.of(new SplitProblem.HalvesDoNotBelongTogether(CodeKind.PIN, CodeKind.PUK)), kinds.problems());
        assertTrue(kinds.getMessage().contains("the counter half is of a PIN but the remote half is of a PUK"));

        CodeFormat other = CodeFormat.of(8, 8, "0123456789AB");
        SplitCode cipA = MEF.split(Cip.parse("12345678".toCharArray()));
        SplitCode cipB = MEF.split(Cip.parse("12345678".toCharArray(), other));
        SplitDeliveryException formats =
                assertThrows(SplitDeliveryException.class, () -> MEF.recombine(cipA.counterHalf(), cipB.remoteHalf()));
        assertTrue(formats.getMessage().contains("different code formats"), formats.getMessage());
    }

    @Test
    void aPolicyIsAValue() {
        assertEquals(MEF, new SplitPolicy(new SplitRule(2, 3), new SplitRule(2, 6), new SplitRule(2, 6)));
        assertEquals(
                new SplitRule(4, 4),
                MEF.withRule(CodeKind.CIP, new SplitRule(4, 4)).cip());
        assertEquals(
                new SplitRule(3, 3),
                MEF.withRule(CodeKind.PIN, new SplitRule(3, 3)).pin());
        assertEquals(MEF.puk(), MEF.withRule(CodeKind.PIN, new SplitRule(3, 3)).puk());
    }

    private static List<SplitProblem> pinProblems(String counter, String remote) {
        return assertThrows(
                        SplitDeliveryException.class,
                        () -> MEF.recombinePin(counter.toCharArray(), remote.toCharArray()))
                .problems();
    }
}
