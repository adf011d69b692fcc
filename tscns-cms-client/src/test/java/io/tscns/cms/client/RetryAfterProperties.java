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

/** {@code Retry-After}: seconds or an HTTP date, however far; anything else is ignored, never an exception. */
class RetryAfterProperties {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Property(tries = 3_000)
    void anyTextGivesAWaitThatIsNotNegativeOrNothing(@ForAll String text) {
        Optional<Duration> wait = RetryAfter.parse(Optional.of(text), NOW);
        wait.ifPresent(d -> assertTrue(!d.isNegative(), text + " -> " + d));
    }

    @Property
    void secondsAreReadAsSeconds(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), RetryAfter.parse(Optional.of(" " + seconds), NOW));
    }

    @Test
    void datesAreReadAgainstTheClock() {
        assertEquals(
                Optional.of(Duration.ofSeconds(90)),
                RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 10:01:30 GMT"), NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 09:00:00 GMT"), NOW));
        assertEquals(
                Optional.of(Duration.ofDays(30)), RetryAfter.parse(Optional.of("Tue, 22 Dec 2026 10:00:00 GMT"), NOW));
        assertEquals(
                Optional.of(Duration.ofSeconds(9_999_999_999L)),
                RetryAfter.parse(Optional.of("123456789012345678901234567890"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("-5"), NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.empty(), NOW));
    }
}
