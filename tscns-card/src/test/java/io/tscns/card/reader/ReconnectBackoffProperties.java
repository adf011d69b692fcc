package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReconnectBackoffProperties {

    @Property
    void waitsGrowByAtMostDoublingWithinTheFirstAndTheCap(
            @ForAll @LongRange(min = 1, max = 10_000) long firstMillis,
            @ForAll @LongRange(min = 0, max = 100_000) long extraMillis,
            @ForAll @IntRange(min = 1, max = 200) int failures) {
        ReconnectBackoff backoff =
                new ReconnectBackoff(Duration.ofMillis(firstMillis), Duration.ofMillis(firstMillis + extraMillis));
        Duration now = backoff.delay(failures);
        Duration next = backoff.delay(failures + 1);
        assertTrue(now.compareTo(backoff.first()) >= 0 && now.compareTo(backoff.cap()) <= 0, now::toString);
        assertTrue(next.compareTo(now) >= 0 && next.compareTo(now.multipliedBy(2)) <= 0, next + " after " + now);
        assertEquals(backoff.first(), backoff.delay(1));
        assertEquals(backoff.cap(), backoff.delay(64), "the cap is reached");
    }

    @Property
    void theMonitorsBackoffStartsAtItsIntervalAndStopsAtFiveSecondsOrTheInterval(
            @ForAll @LongRange(min = 1, max = 60_000) long intervalMillis) {
        Duration interval = Duration.ofMillis(intervalMillis);
        ReconnectBackoff backoff = ReconnectBackoff.forInterval(interval);
        assertEquals(interval, backoff.delay(1));
        assertEquals(
                interval.compareTo(Duration.ofSeconds(5)) > 0 ? interval : Duration.ofSeconds(5), backoff.delay(100));
    }

    @Property(tries = 50)
    void rejectsAFailureCountBelowOneAndABadRange(@ForAll @IntRange(min = -5, max = 0) int failures) {
        ReconnectBackoff backoff = ReconnectBackoff.forInterval(Duration.ofMillis(10));
        assertThrows(IllegalArgumentException.class, () -> backoff.delay(failures));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(Duration.ZERO, Duration.ZERO));
    }
}
