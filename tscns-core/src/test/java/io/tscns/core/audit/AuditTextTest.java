package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the text rules of the audit fields at their edges: each check returns the value it was given, length bounds
 * are inclusive, and an unpaired surrogate is reported at its exact index wherever it stands, including at the end.
 */
class AuditTextTest {

    private static InvalidAuditValueException refusal(Runnable check) {
        return assertThrows(InvalidAuditValueException.class, check::run);
    }

    @Test
    void aTextOfExactlyTheBoundIsReturnedAndOneCharacterMoreIsTooLong() {
        assertEquals("abc", AuditText.text("f", "abc", 3));
        InvalidAuditValueException e = refusal(() -> AuditText.text("f", "abcd", 3));
        assertEquals(Reason.TOO_LONG, e.reason());
        assertEquals("audit f: has 4 characters; at most 3 allowed", e.getMessage());
        assertEquals(Reason.EMPTY, refusal(() -> AuditText.text("f", "", 3)).reason());
    }

    @Test
    void aTextThatMayBeEmptyIsReturnedAsGivenAndASurrogatePairCountsAsTwoCharacters() {
        assertEquals("", AuditText.textAllowingEmpty("f", "", 0));
        assertEquals("x\uD83D\uDE00", AuditText.textAllowingEmpty("f", "x\uD83D\uDE00", 3));
        assertEquals("\uD83D\uDE00", AuditText.textAllowingEmpty("f", "\uD83D\uDE00", 2));
        assertEquals(
                Reason.TOO_LONG,
                refusal(() -> AuditText.textAllowingEmpty("f", "\uD83D\uDE00", 1))
                        .reason());
    }

    @ParameterizedTest
    @CsvSource({
        "a\uD83D, 1", // high surrogate as the last character
        "\uD83D, 0",
        "\uD83Da, 0", // high surrogate followed by a non-surrogate
        "\uDE00a, 0", // low surrogate first
        "ab\uDE00, 2", // low surrogate last
        "\uD83D\uDE00\uDE00, 2", // a pair, then a stray low surrogate
        "\uD83D\uD83D\uDE00, 0", // a stray high surrogate, then a pair
    })
    void anUnpairedSurrogateIsReportedAtItsIndex(String value, int index) {
        InvalidAuditValueException e = refusal(() -> AuditText.textAllowingEmpty("f", value, 10));
        assertEquals(Reason.ILL_FORMED_UNICODE, e.reason());
        assertEquals("audit f: unpaired UTF-16 surrogate at index " + index, e.getMessage());
    }

    @Test
    void anOptionalTextIsReturnedAsGivenWhetherPresentOrAbsent() {
        Optional<String> present = Optional.of("abc");
        assertSame(present, AuditText.optionalText("f", present, 3));
        assertEquals(Optional.empty(), AuditText.optionalText("f", Optional.empty(), 3));
        assertEquals(
                Reason.TOO_LONG,
                refusal(() -> AuditText.optionalText("f", Optional.of("abcd"), 3))
                        .reason());
        assertEquals(
                Reason.EMPTY,
                refusal(() -> AuditText.optionalText("f", Optional.of(""), 3)).reason());
    }

    @Test
    void aCodeOfOneToSixtyFourCharactersIsReturnedAndALongerOneIsTooLong() {
        assertEquals("A", AuditText.code("f", "A"));
        String longest = "a" + "b.-_9".repeat(12) + "xyz";
        assertEquals(AuditText.MAX_CODE_LENGTH, longest.length());
        assertEquals(longest, AuditText.code("f", longest));
        InvalidAuditValueException e = refusal(() -> AuditText.code("f", longest + "z"));
        assertEquals(Reason.TOO_LONG, e.reason());
        assertEquals("audit f: has 65 characters; at most 64 allowed", e.getMessage());
    }
}
