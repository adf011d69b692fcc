package io.tscns.auth.internal;

import io.tscns.auth.login.SourceState;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.core.TscnsException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source that {@code CnsLogin} refreshes in the background: loads it, remembers what it held and what went
 * wrong, and says when to try again — on the refresh interval, or at the data's nextUpdate if that is sooner, or
 * after the retry interval when the last attempt failed. The last good data stays in use when an attempt fails; the
 * freshness policy decides how long it may.
 *
 * <p>Thread-safe: {@link #refresh()} runs one attempt at a time.
 */
public abstract class RefreshTask {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTask.class);

    /** What one successful load held: when it was issued and when the next is due. */
    protected record Loaded(Instant thisUpdate, Optional<Instant> nextUpdate) {}

    private final SourceState.Kind kind;
    private final String location;
    /** Held across the download: a lock, not a monitor, so that a virtual thread waiting for it does not pin. */
    private final ReentrantLock lock = new ReentrantLock();
    /** The clock of every time recorded. */
    protected final Clock clock;

    private volatile String name;
    private volatile Loaded loaded;
    private volatile Instant lastSuccess;
    private volatile Instant lastAttempt;
    private volatile String lastError;
    private volatile int failures;
    private volatile Instant nextRefresh;

    /**
     * Creates a task.
     *
     * @param kind     what the source holds
     * @param name     its name until a load says better
     * @param location where it is fetched from
     * @param clock    the clock
     */
    protected RefreshTask(SourceState.Kind kind, String name, String location, Clock clock) {
        this.kind = kind;
        this.name = name;
        this.location = location;
        this.clock = clock;
    }

    /**
     * Loads the source once.
     *
     * @return what was loaded
     * @throws IOException    if it cannot be fetched
     * @throws TscnsException if what was fetched is refused
     */
    protected abstract Loaded load() throws IOException;

    /**
     * Renames the source, e.g. once the CA of a CRL is known.
     *
     * @param value the name
     */
    protected final void rename(String value) {
        this.name = value;
    }

    /**
     * Attempts a refresh now; never throws.
     *
     * @return {@code true} if it succeeded
     */
    public final boolean refresh() {
        lock.lock();
        try {
            Instant now = clock.instant();
            lastAttempt = now;
            try {
                loaded = load();
                lastSuccess = now;
                lastError = null;
                failures = 0;
                LOG.debug("refreshed {} {} from {}", kind, name, location);
                return true;
            } catch (IOException | TscnsException | IllegalArgumentException e) {
                lastError = Reasons.of(e);
                failures++;
                LOG.warn(
                        "refreshing {} {} from {} failed ({} in a row): {}", kind, name, location, failures, lastError);
                return false;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the first attempt, unless one was made already (by this thread or another, which this call waits for).
     *
     * @return {@code true} if this call made the first attempt
     */
    public final boolean attemptFirst() {
        lock.lock();
        try {
            if (attempted()) {
                return false;
            }
            refresh();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether an attempt was ever made.
     *
     * @return {@code true} after the first attempt
     */
    public final boolean attempted() {
        return lastAttempt != null;
    }

    /**
     * Tells whether data is held.
     *
     * @return {@code true} after a successful load
     */
    public final boolean holdsData() {
        return loaded != null;
    }

    /**
     * Returns the last error.
     *
     * @return why the last attempt failed, if it did
     */
    public final Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /**
     * Returns the source's location.
     *
     * @return the URI as text
     */
    public final String location() {
        return location;
    }

    /**
     * Returns how long to wait before the next attempt, and records when that is.
     *
     * @param refreshInterval the longest wait after a success
     * @param retryInterval   the wait after a failure, and the shortest wait after a success whose nextUpdate is
     *                        already past
     * @return the delay
     */
    public final Duration nextDelay(Duration refreshInterval, Duration retryInterval) {
        Instant now = clock.instant();
        Duration delay = refreshInterval;
        if (failures > 0 || loaded == null) {
            delay = retryInterval.compareTo(refreshInterval) < 0 ? retryInterval : refreshInterval;
        } else if (loaded.nextUpdate().isPresent()) {
            Duration untilNext = Duration.between(now, loaded.nextUpdate().get());
            if (untilNext.compareTo(delay) < 0) {
                delay = untilNext.compareTo(retryInterval) > 0 ? untilNext : retryInterval;
            }
        }
        nextRefresh = now.plus(delay);
        return delay;
    }

    /**
     * Returns the states this task reports: its own, and any it keeps for a source it reads on the way.
     *
     * @param freshness the policy that says whether data held is usable
     * @return the states
     */
    public List<SourceState> states(FreshnessPolicy freshness) {
        return List.of(state(freshness));
    }

    /**
     * Returns this source's state.
     *
     * @param freshness the policy that says whether data held is usable
     * @return the state
     */
    protected final SourceState state(FreshnessPolicy freshness) {
        Loaded held = loaded;
        Instant now = clock.instant();
        SourceState.Freshness status = held == null
                ? SourceState.Freshness.MISSING
                : freshness.isUsable(held.thisUpdate(), held.nextUpdate(), now)
                        ? SourceState.Freshness.FRESH
                        : SourceState.Freshness.STALE;
        return new SourceState(
                kind,
                name,
                location,
                status,
                held == null ? Optional.empty() : Optional.of(held.thisUpdate()),
                held == null ? Optional.empty() : held.nextUpdate(),
                Optional.ofNullable(lastSuccess),
                Optional.ofNullable(lastAttempt),
                Optional.ofNullable(lastError),
                failures,
                Optional.ofNullable(nextRefresh));
    }

    @Override
    public String toString() {
        return kind + " " + name + " from " + location;
    }
}
