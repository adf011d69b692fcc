package io.tscns.testpki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, read by the code under test from any thread: certificate and CRL validity, cache
 * and session lifetimes, refresh deadlines, without waiting for real time to pass.
 *
 * @since 0.1.0
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /**
     * Creates the clock.
     *
     * @param start the instant it shows until moved
     */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /**
     * Sets the instant the clock shows.
     *
     * @param value the instant
     */
    public void set(Instant value) {
        now = value;
    }

    /**
     * Moves the clock forward.
     *
     * @param step how far
     */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
