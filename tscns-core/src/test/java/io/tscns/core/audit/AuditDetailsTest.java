package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the exact bounds of {@link AuditDetails}: the UTF-8 byte budget counted per character class (1, 2, 3 and 4
 * bytes, at the class boundaries), the text-form length bound, the exact error of each malformed text form, and the
 * field named in errors for well-formed and malformed keys.
 */
class AuditDetailsTest {

    private static final String BUDGET_EXCEEDED =
            "audit details.z: all values together would take 8193 UTF-8 bytes; at most 8192 allowed";

    /** Adds {@code count} values, each the unit repeated to 1024 UTF-16 characters, under keys k0, k1... */
    private static AuditDetails.Builder fill(AuditDetails.Builder builder, String prefix, String unit, int count) {
        for (int i = 0; i < count; i++) {
            builder.put(prefix + i, unit.repeat(AuditDetails.MAX_VALUE_LENGTH / unit.length()));
        }
        return builder;
    }

    private static InvalidAuditValueException refusal(Runnable action) {
        return assertThrows(InvalidAuditValueException.class, action::run);
    }

    @ParameterizedTest
    @CsvSource({
        "\u007F, 8", // 1 byte each: the last one-byte character
        "\u0080, 4", // 2 bytes each: the first two-byte character
        "\u07FF, 4", // 2 bytes each: the last two-byte character
        "\uD83D\uDE00, 4", // a surrogate pair is one 4-byte code point
    })
    void valuesFillingTheByteBudgetExactlyAreAcceptedAndOneMoreByteIsRefused(String unit, int count) {
        AuditDetails.Builder builder = fill(AuditDetails.builder(), "k", unit, count);
        assertEquals(count, builder.build().asMap().size());
        InvalidAuditValueException e = refusal(() -> builder.put("z", "x"));
        assertEquals(Reason.TOO_LONG, e.reason());
        assertEquals(BUDGET_EXCEEDED, e.getMessage());
    }

    @Test
    void threeByteCharactersFromU0800UpCountThreeBytesEach() {
        // 2 x 1024 x 3 bytes + 1024 x 2 bytes = 8192
        AuditDetails.Builder builder = fill(AuditDetails.builder(), "a", "\u0800", 1);
        fill(builder, "b", "\uFFFF", 1);
        fill(builder, "c", "\u07FF", 1);
        assertEquals(BUDGET_EXCEEDED, refusal(() -> builder.put("z", "x")).getMessage());
    }

    @Test
    void theRefusalGivesTheExactByteCountOfEveryCharacterClass() {
        AuditDetails.Builder builder = fill(AuditDetails.builder(), "k", "x", 7); // 7168 bytes
        // 1 + 2 + 2 + 3 + 3 + 4 bytes, then 1000 three-byte characters
        String value = "\u007F\u0080\u07FF\u0800\uFFFF\uD83D\uDE00" + "\u20AC".repeat(1000);
        InvalidAuditValueException e = refusal(() -> builder.put("z", value));
        assertEquals(
                "audit details.z: all values together would take 10183 UTF-8 bytes; at most 8192 allowed",
                e.getMessage());
    }

    @Test
    void theLongestDetailsTextReadsBackAndTheLengthBoundIsInclusive() {
        AuditDetails.Builder builder = AuditDetails.builder();
        for (int i = 0; i < AuditDetails.MAX_ENTRIES; i++) {
            String key = "a".repeat(AuditDetails.MAX_KEY_LENGTH - 2) + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            builder.put(key, " ".repeat(AuditDetails.MAX_TOTAL_VALUE_BYTES / AuditDetails.MAX_ENTRIES));
        }
        AuditDetails longest = builder.build();
        String text = longest.toText();
        assertEquals(AuditDetails.MAX_TEXT_LENGTH - 1, text.length());
        assertEquals(longest, AuditDetails.parse(text));

        InvalidAuditValueException atBound =
                refusal(() -> AuditDetails.parse("A".repeat(AuditDetails.MAX_TEXT_LENGTH)));
        assertEquals(Reason.SYNTAX, atBound.reason());
        InvalidAuditValueException beyond =
                refusal(() -> AuditDetails.parse("A".repeat(AuditDetails.MAX_TEXT_LENGTH + 1)));
        assertEquals(Reason.TOO_LONG, beyond.reason());
        assertEquals("audit details: text form has 26689 characters; at most 26688 allowed", beyond.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a:1,| audit details: entry at index 4 has no ':' between key and value",
                ",a:1| audit details: entry at index 0 has no ':' between key and value",
                "a:1,,b:2| audit details: entry at index 4 has no ':' between key and value",
                "a1| audit details: entry at index 0 has no ':' between key and value",
            })
    void aTextFormWithAnEntryLackingAColonNamesWhereItStarts(String text, String message) {
        InvalidAuditValueException e = refusal(() -> AuditDetails.parse(text));
        assertEquals(Reason.SYNTAX, e.reason());
        assertEquals(message.strip(), e.getMessage());
    }

    @Test
    void anEntryWithAnEmptyKeyIsRefusedByTheKeyRule() {
        InvalidAuditValueException e = refusal(() -> AuditDetails.parse(":x"));
        assertEquals(Reason.SYNTAX, e.reason());
        assertTrue(e.getMessage().startsWith("audit details: a key must be 1 to 64 lower-case"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "mode:%zz, details.mode",
        "a-b.c_d:%zz, details.a-b.c_d",
        "Mode:%zz, details.<malformed key>",
        "a-:%zz, details.<malformed key>",
        "a--b:%zz, details.<malformed key>",
        "1a:%zz, details.<malformed key>",
    })
    void aBrokenEscapeNamesTheKeyOnlyWhenTheKeyIsWellFormed(String text, String field) {
        InvalidAuditValueException e = refusal(() -> AuditDetails.parse(text));
        assertEquals(Reason.SYNTAX, e.reason());
        assertEquals(field, e.field());
    }

    @Test
    void aKeyEndingWithASeparatorIsRefused() {
        assertEquals(
                Reason.SYNTAX,
                refusal(() -> AuditDetails.builder().put("a-", "x")).reason());
        assertEquals(
                Reason.SYNTAX,
                refusal(() -> AuditDetails.builder().put("a.b_", "x")).reason());
    }

    @Test
    void detailsFromAMapAreInKeyOrderAndTheirToStringShowsTheEntries() {
        AuditDetails details = AuditDetails.of(Map.of("mode", "DIRECT", "channel", "SMS"));
        assertEquals(List.of("channel", "mode"), List.copyOf(details.asMap().keySet()));
        assertEquals("channel:SMS,mode:DIRECT", details.toText());
        assertEquals("{channel=SMS, mode=DIRECT}", details.toString());
        assertFalse(details.isEmpty());
        assertTrue(AuditDetails.of(Map.of()).isEmpty());
        assertEquals("{}", AuditDetails.empty().toString());
    }
}
