package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Time-ordered identifiers: RFC 9562 version 7 layout, strictly increasing whatever the clock does, unique. */
class TimeOrderedIdsTest {

    @Property(tries = 300)
    void idsIncreaseStrictlyAsTextEvenWhenTheClockStandsStillOrStepsBack(
            @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 4_102_444_800_000L) Long> millis) {
        TimeOrderedIds ids = new TimeOrderedIds();
        String previous = "";
        for (long ms : millis) {
            UUID id = ids.next(Instant.ofEpochMilli(ms));
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            String text = id.toString();
            assertTrue(text.compareTo(previous) > 0, text + " after " + previous);
            previous = text;
        }
    }

    @Test
    void anIdCarriesItsMillisecondsAndManyInOneMillisecondStayDistinct() {
        TimeOrderedIds ids = new TimeOrderedIds();
        Instant now = Instant.parse("2026-11-22T10:00:00.123Z");
        UUID first = ids.next(now);
        assertEquals(now.toEpochMilli(), first.getMostSignificantBits() >>> 16);
        Set<UUID> seen = new HashSet<>(List.of(first));
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(ids.next(now)));
        }
    }
}
