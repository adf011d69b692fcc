package io.tscns.auth.revocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When cached revocation data may be used and when it must be fetched again (<i>politica di aggiornamento</i>).
 * Data is usable until its nextUpdate plus {@code grace} (or, without nextUpdate, until thisUpdate plus
 * {@code maxAge}); data whose thisUpdate is more than {@code clockSkew} in the future is not usable. A cache
 * fetches again once the data it holds was fetched {@code maxAge} ago, even if still usable, and keeps using it if
 * that fetch fails.
 *
 * @param maxAge    how long fetched data is kept before a refresh is attempted
 * @param grace     how long after nextUpdate data is still accepted
 * @param clockSkew how far in the future a thisUpdate may be
 * @since 0.1.0
 */
public record FreshnessPolicy(Duration maxAge, Duration grace, Duration clockSkew) {

    /** Refresh hourly, no grace after nextUpdate, five minutes of clock skew. */
    public static final FreshnessPolicy DEFAULT =
            new FreshnessPolicy(Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(5));

    /** Checks the durations. */
    public FreshnessPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (maxAge.isNegative() || maxAge.isZero() || grace.isNegative() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("maxAge must be positive, grace and clockSkew not negative");
        }
    }

    /**
     * Tells whether data is usable now.
     *
     * @param thisUpdate when it was issued
     * @param nextUpdate when the next issue is due, if stated
     * @param now        the current instant
     * @return {@code true} if usable
     */
    public boolean isUsable(Instant thisUpdate, Optional<Instant> nextUpdate, Instant now) {
        if (thisUpdate.isAfter(now.plus(clockSkew))) {
            return false;
        }
        Instant until = nextUpdate.map(next -> next.plus(grace)).orElse(thisUpdate.plus(maxAge));
        return !now.isAfter(until);
    }

    /**
     * Tells whether data fetched at an instant should be fetched again.
     *
     * @param fetchedAt when it was fetched
     * @param now       the current instant
     * @return {@code true} if a refresh is due
     */
    public boolean isRefreshDue(Instant fetchedAt, Instant now) {
        return !now.isBefore(fetchedAt.plus(maxAge));
    }
}
