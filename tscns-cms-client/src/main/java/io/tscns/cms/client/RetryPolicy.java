package io.tscns.cms.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How {@link CmsClient} retries a call that failed in a way that is safe to repeat: a connect failure, a timeout, a
 * dropped connection, or HTTP 502/503/504. GETs are retried as they are; state-changing calls are retried with the
 * <strong>same</strong> idempotency key, so the server applies them once. A 4xx is never retried. Delays grow
 * exponentially from {@code initialDelay} by {@code multiplier} up to {@code maxDelay}, each reduced by a random
 * share of up to {@code jitter} so that many counters do not retry in step.
 *
 * @param maxAttempts  attempts in all, at least 1 (1 means no retry)
 * @param initialDelay the delay before the second attempt
 * @param maxDelay     the longest delay
 * @param multiplier   the growth factor, at least 1
 * @param jitter       the random share removed from each delay, 0 to 1
 * @since 0.1.0
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    /** Four attempts, 200 ms doubling to at most 5 s, half jitter. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, 0.5);

    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1
                || maxAttempts > 100
                || initialDelay.isNegative()
                || maxDelay.compareTo(initialDelay) < 0
                || !(multiplier >= 1.0)
                || multiplier > 10
                || !(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("retry policy out of range: attempts 1..100, 0 <= initialDelay <= "
                    + "maxDelay, multiplier 1..10, jitter 0..1");
        }
    }

    /**
     * Returns the delay before an attempt.
     *
     * @param attempt the attempt about to be made, 2 for the first retry
     * @param random  the source of jitter
     * @return a delay between {@code (1 - jitter)} times and once the exponential delay, capped at {@code maxDelay}
     */
    public Duration delayBefore(int attempt, RandomGenerator random) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 2));
        double capped = Math.min(base, maxDelay.toNanos());
        double factor = 1.0 - jitter * random.nextDouble();
        return Duration.ofNanos((long) (capped * factor));
    }
}
