package io.tscns.core.secret;

import static io.tscns.core.secret.SecretTestSupport.seededGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every unusable setting for secret codes is refused with the problem that names it, and with the message it has
 * always had: the problem's sentence is the message, word for word.
 */
class SecretConfigurationProblemTest {

    private static void assertRefused(SecretConfigurationProblem expected, String message, Executable call) {
        InvalidSecretConfigurationException e = assertThrows(InvalidSecretConfigurationException.class, call);
        assertEquals(expected, e.problem());
        assertEquals(message, e.getMessage());
    }

    @Test
    void unusableFormatsNameTheirProblem() {
        assertRefused(
                new SecretConfigurationProblem.LengthsOutOfRange(6, 5),
                "code lengths must satisfy 1 <= minimum <= maximum <= 16; found minimum 6 and maximum 5",
                () -> CodeFormat.of(6, 5, CodeFormat.DIGITS));
        assertRefused(
                new SecretConfigurationProblem.AlphabetSizeOutOfRange(1),
                "a code alphabet must have 2 to 94 characters; found 1",
                () -> CodeFormat.of(14, 14, "1"));
        assertRefused(
                new SecretConfigurationProblem.AlphabetCharacterNotAllowed(2),
                "a code alphabet may hold only printable ASCII characters other than space; the character at "
                        + "position 2 is not one",
                () -> CodeFormat.of(8, 8, "A B"));
        assertRefused(
                new SecretConfigurationProblem.AlphabetRepeatsCharacter(3),
                "a code alphabet must not repeat a character; position 3 repeats one",
                () -> CodeFormat.of(8, 8, "ABA"));
        assertRefused(
                new SecretConfigurationProblem.TooFewCodes(10, 3),
                "a code format must allow at least 10000 codes of its shortest length; 10 characters to the power "
                        + "of 3 is fewer",
                () -> CodeFormat.of(3, 8, CodeFormat.DIGITS));
    }

    @Test
    void unusableRulesAndRequestsNameTheirProblem() {
        assertRefused(
                new SecretConfigurationProblem.SplitRuleOutOfRange(10, 7),
                "a split rule needs at least 1 character in each half and at most 16 in all; found 10 + 7",
                () -> new SplitRule(10, 7));
        assertRefused(
                new SecretConfigurationProblem.LengthNotInFormat(CodeKind.PIN, 4, 5, 8),
                "cannot generate a PIN of 4 characters: its format allows 5 to 8",
                () -> seededGenerator(1).generatePin(4));
        assertRefused(
                new SecretConfigurationProblem.FixedFormat(CodeKind.PUK),
                "the PUK has a fixed format: CodeFormat[8 characters of \"0123456789\"]",
                () -> SplitPolicy.MEF_SOGEI.recombine(
                        CodeKind.PUK, CodeFormat.PIN, "55", "123498", CodeReference.issued(Puk.parse("55123498"))));
    }
}
