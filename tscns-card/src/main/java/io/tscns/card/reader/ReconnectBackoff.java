package io.tscns.card.reader;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the {@link ReaderMonitor} waits before asking an unavailable PC/SC service again (<i>attesa tra i
 * tentativi</i>): the poll interval after the first failure, doubling after each further one, never more than a cap.
 * Bounded, so a service that comes back is seen within the cap; growing, so a service that stays away costs a few
 * calls a minute, not a busy loop. Immutable.
 *
 * @param first the wait after the first failure
 * @param cap   the longest wait; at least {@code first}
 */
record ReconnectBackoff(Duration first, Duration cap) {

    /** The longest wait of the monitor's backoff, unless its poll interval is longer. */
    static final Duration DEFAULT_CAP = Duration.ofSeconds(5);

    /**
     * Checks that both waits are positive and the cap is not below the first.
     *
     * @throws IllegalArgumentException if not
     */
    ReconnectBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first wait must be positive and the cap not below it");
        }
    }

    /**
     * The backoff for a poll interval: starts at the interval, capped at {@link #DEFAULT_CAP} or the interval.
     *
     * @param interval the monitor's poll interval
     * @return the backoff
     */
    static ReconnectBackoff forInterval(Duration interval) {
        return new ReconnectBackoff(interval, interval.compareTo(DEFAULT_CAP) > 0 ? interval : DEFAULT_CAP);
    }

    /**
     * Returns the wait after a number of consecutive failures.
     *
     * @param failures how many polls in a row found the service unavailable, at least 1
     * @return the wait, between {@link #first()} and {@link #cap()}
     * @throws IllegalArgumentException if {@code failures} is below 1
     */
    Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
