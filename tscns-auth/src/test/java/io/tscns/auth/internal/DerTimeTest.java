package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The 29th of February under the Gregorian rules: a leap day every fourth year, except in years divisible by 100
 * that are not divisible by 400. Leap days are decoded to their exact instant; a leap day in any other year is
 * refused at the offset given.
 */
class DerTimeTest {

    private static final long OFFSET = 1234;

    private static long utc(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return DerTime.epochSecond(Der.UTC_TIME, bytes, 0, bytes.length, OFFSET);
    }

    private static long generalized(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return DerTime.epochSecond(Der.GENERALIZED_TIME, bytes, 0, bytes.length, OFFSET);
    }

    private static void assertNoRealInstant(Runnable decode) {
        assertEquals(DerProblem.malformed(OFFSET, "time names no real instant"), DerProblem.thrownBy(decode::run));
    }

    private static long epochSecond(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    @Test
    void aLeapDayInAYearDivisibleByFourIsDecoded() {
        assertEquals(epochSecond("2024-02-29T23:59:59Z"), utc("240229235959Z"));
        assertEquals(epochSecond("2024-02-29T00:00:00Z"), generalized("20240229000000Z"));
    }

    @Test
    void aLeapDayInAYearDivisibleBy400IsDecoded() {
        assertEquals(epochSecond("2000-02-29T12:00:00Z"), utc("000229120000Z"));
        assertEquals(epochSecond("2400-02-29T12:00:00Z"), generalized("24000229120000Z"));
    }

    @Test
    void aLeapDayInAYearNotDivisibleByFourIsRefused() {
        assertNoRealInstant(() -> utc("250229120000Z"));
        assertNoRealInstant(() -> generalized("20230229120000Z"));
    }

    @Test
    void aLeapDayInACenturyYearNotDivisibleBy400IsRefused() {
        assertNoRealInstant(() -> generalized("21000229120000Z"));
        assertNoRealInstant(() -> generalized("19000229120000Z"));
    }

    @Test
    void theDaysAroundALeapDayAreDecoded() {
        assertEquals(epochSecond("2100-02-28T23:59:59Z"), generalized("21000228235959Z"));
        assertEquals(epochSecond("2100-03-01T00:00:00Z"), generalized("21000301000000Z"));
        assertEquals(
                utc("240229000000Z") + 86_400, utc("240301000000Z"), "the leap day is a day long, no more, no less");
    }
}
