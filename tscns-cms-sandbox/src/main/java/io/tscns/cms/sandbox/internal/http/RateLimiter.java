package io.tscns.cms.sandbox.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A per-key rate limit in fixed windows (<i>limite di frequenza</i>): at most {@code attempts} tries per key within
 * {@code window}, counted from the key's first try. Used per operator for logins and for requests that carry a CIP.
 * The table keeps at most {@value #MAX_KEYS} keys (a flood of made-up operator ids cannot grow it): the oldest
 * windows go first, and a key whose window has passed starts again. Thread-safe.
 */
final class RateLimiter {

    /** Most keys kept at once. */
    static final int MAX_KEYS = 10_000;

    /** A key's window: when it started and how many tries it has seen. */
    private record Window(Instant start, int tries) {}

    private final int attempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, false);

    RateLimiter(int attempts, Duration window, Clock clock) {
        this.attempts = attempts;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Counts a try of a key.
     *
     * @param key the key (an operator id)
     * @return how long to wait if the try is over the limit, or {@link Duration#ZERO} if it may go on
     */
    synchronized Duration tryAcquire(String key) {
        Instant now = clock.instant();
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.start().plus(window))) {
            windows.remove(key);
            if (windows.size() >= MAX_KEYS) {
                windows.remove(windows.keySet().iterator().next());
            }
            windows.put(key, new Window(now, 1));
            return Duration.ZERO;
        }
        if (current.tries() >= attempts) {
            return Duration.between(now, current.start().plus(window));
        }
        windows.put(key, new Window(current.start(), current.tries() + 1));
        return Duration.ZERO;
    }

    /**
     * Counts a try and refuses it past the limit.
     *
     * @param key  the key
     * @param what what is limited, for the refusal's sentence
     * @throws CmsRefusal {@code too-many-requests} with {@code Retry-After}
     */
    void check(String key, String what) {
        Duration wait = tryAcquire(key);
        if (!wait.isZero()) {
            throw CmsRefusal.tooManyRequests(
                    "too many " + what + " from this operator; try again in " + Math.max(1, wait.toSeconds()) + " s",
                    (wait.toMillis() + 999) / 1000);
        }
    }
}
