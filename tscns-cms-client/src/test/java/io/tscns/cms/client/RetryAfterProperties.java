package io.tscns.cms.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@code Retry-After}: seconds or an HTTP date; anything else, or over a day, is ignored, never an exception. */
class RetryAfterProperties {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Property(tries = 3_000)
    void anyTextGivesAWaitOfAtMostADayOrNothing(@ForAll String text) {
        Optional<Duration> wait = RetryAfter.parse(Optional.of(text), NOW);
        wait.ifPresent(d -> assertTrue(!d.isNegative() && d.getSeconds() <= 86_400, text + " -> " + d));
    }

    @Property
    void secondsAreReadAsSeconds(@ForAll @LongRange(min = 0, max = 86_400) long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), RetryAfter.parse(Optional.of(" " + seconds), NOW));
    }

    @Test
    void datesAreReadAgainstTheClock() {
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 10:01:30 GMT"), NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 09:00:00 GMT"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("Tue, 22 Dec 2026 10:00:00 GMT"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("86401"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("-5"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), NOW));
    }
}
