package io.tscns.cms.sandbox.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.testpki.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session table and the rate limiter on a clock the test moves: expiry, eviction, bounds, windows. */
class SessionTableTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T08:00:00Z"));

    @Test
    void aSessionExpiresAfterItsLifetimeAndIsDropped() {
        SessionTable table = new SessionTable(10, 2, Duration.ofHours(8), clock);
        assertEquals(clock.instant().plus(Duration.ofHours(8)), table.open("k1", "asl-1"));
        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertEquals(Optional.of("asl-1"), table.operatorOf("k1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), table.operatorOf("k1"));
        assertEquals(0, table.size(), "the expired session is gone");
    }

    @Test
    void anOperatorsOldestSessionGivesWayAndTheTableStaysBounded() {
        SessionTable table = new SessionTable(4, 2, Duration.ofHours(8), clock);
        for (int i = 0; i < 1_000; i++) {
            table.open("a" + i, "asl-1");
        }
        assertEquals(2, table.size());
        assertEquals(Optional.empty(), table.operatorOf("a997"));
        assertEquals(Optional.of("asl-1"), table.operatorOf("a999"));
        table.open("b1", "admin-1");
        table.open("b2", "admin-1");
        CmsRefusal full = assertThrows(CmsRefusal.class, () -> table.open("c1", "pharmacy-1"));
        assertEquals("too-many-requests", full.code());
        assertTrue(Long.parseLong(full.headers().get("Retry-After")) >= 1);
        assertTrue(table.close("b1"));
        table.open("c1", "pharmacy-1");
        assertEquals(4, table.size());
        clock.advance(Duration.ofHours(9));
        table.open("d1", "pharmacy-1");
        assertEquals(1, table.size(), "a login drops the expired sessions");
    }

    @Test
    void theRateLimiterCountsPerKeyWithinItsWindow() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, limiter.tryAcquire("asl-1"));
        }
        assertEquals(Duration.ofMinutes(1), limiter.tryAcquire("asl-1"));
        assertEquals(Duration.ZERO, limiter.tryAcquire("admin-1"), "another key has its own window");
        clock.advance(Duration.ofSeconds(45));
        assertEquals(Duration.ofSeconds(15), limiter.tryAcquire("asl-1"));
        clock.advance(Duration.ofSeconds(15));
        assertEquals(Duration.ZERO, limiter.tryAcquire("asl-1"), "a new window");
    }
}
