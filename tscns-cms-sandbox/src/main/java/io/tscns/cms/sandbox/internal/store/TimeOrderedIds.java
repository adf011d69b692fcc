package io.tscns.cms.sandbox.internal.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers that sort by creation time (<i>identificativi ordinati nel tempo</i>): UUIDs laid out as RFC 9562
 * version 7 — 48 bits of Unix milliseconds, a 12-bit counter that keeps the ids strictly increasing within a
 * millisecond (and across a clock that stands still or steps back), then 62 random bits. The sandbox names outbox
 * messages with them: a random UUID lands each new message on a random page of the {@code message_id} index, which
 * the database then rewrites at every group commit; a time-ordered one appends. Thread-safe.
 */
public final class TimeOrderedIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long RANDOM_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final SecureRandom random = new SecureRandom();
    /** The last id's milliseconds and counter, as {@code millis << 12 | counter}. */
    private final AtomicLong last = new AtomicLong();

    /**
     * Returns a new identifier, greater than every earlier one of this generator.
     *
     * @param now the current time
     * @return the identifier
     */
    public UUID next(Instant now) {
        long stamp = (now.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 12;
        long state = last.updateAndGet(previous -> Math.max(previous + 1, stamp));
        long millis = state >>> 12;
        long counter = state & 0xFFF;
        long high = (millis << 16) | VERSION_7 | counter;
        return new UUID(high, VARIANT | (random.nextLong() & RANDOM_BITS));
    }
}
