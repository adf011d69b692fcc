package io.tscns.cms.sandbox.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The open token sessions (<i>sessioni aperte</i>), by the digest of their token, bounded: each lasts its lifetime,
 * an operator holds at most {@code perOperator} at once (a new one ends the operator's oldest), and the table holds
 * at most {@code capacity} (past it a login is refused unless an expired session can go). Expired sessions are
 * dropped as they are met and at each login. Kept in memory only. Thread-safe.
 */
final class SessionTable {

    /** One session. */
    private record Session(String key, String operatorId, Instant expiresAt) {}

    private final int capacity;
    private final int perOperator;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Session> byKey = new HashMap<>();
    private final Map<String, Deque<Session>> byOperator = new HashMap<>();
    /** Every session in the order it was opened: the oldest expire first, since all last as long. */
    private final Deque<Session> byAge = new ArrayDeque<>();

    SessionTable(int capacity, int perOperator, Duration lifetime, Clock clock) {
        this.capacity = capacity;
        this.perOperator = perOperator;
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a session.
     *
     * @param key        the digest of its token
     * @param operatorId its operator
     * @return when it expires
     * @throws CmsRefusal {@code too-many-requests} if the table is full of other operators' live sessions
     */
    synchronized Instant open(String key, String operatorId) {
        Instant now = clock.instant();
        dropExpired(now);
        Deque<Session> own = byOperator.computeIfAbsent(operatorId, id -> new ArrayDeque<>());
        while (own.size() >= perOperator) {
            remove(own.peekFirst());
        }
        if (byKey.size() >= capacity) {
            throw CmsRefusal.tooManyRequests(
                    "the sandbox holds as many sessions as it can; log out or try later",
                    Math.max(
                            1,
                            Duration.between(now, byAge.peekFirst().expiresAt()).toSeconds()));
        }
        Session session = new Session(key, operatorId, now.plus(lifetime));
        byKey.put(key, session);
        byOperator.computeIfAbsent(operatorId, id -> new ArrayDeque<>()).addLast(session);
        byAge.addLast(session);
        return session.expiresAt();
    }

    /**
     * Finds the operator of a live session.
     *
     * @param key the digest of its token
     * @return the operator id, or empty if there is no such session or it expired
     */
    synchronized Optional<String> operatorOf(String key) {
        Session session = byKey.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            remove(session);
            return Optional.empty();
        }
        return Optional.of(session.operatorId());
    }

    /**
     * Ends a session.
     *
     * @param key the digest of its token
     * @return whether it was open
     */
    synchronized boolean close(String key) {
        Session session = byKey.get(key);
        if (session == null) {
            return false;
        }
        remove(session);
        return true;
    }

    /**
     * Returns how many sessions are open (expired ones not yet dropped included).
     *
     * @return the count
     */
    synchronized int size() {
        return byKey.size();
    }

    private void dropExpired(Instant now) {
        while (!byAge.isEmpty() && !now.isBefore(byAge.peekFirst().expiresAt())) {
            remove(byAge.peekFirst());
        }
    }

    private void remove(Session session) {
        byKey.remove(session.key());
        byAge.remove(session);
        Deque<Session> own = byOperator.get(session.operatorId());
        if (own != null) {
            own.remove(session);
            if (own.isEmpty()) {
                byOperator.remove(session.operatorId());
            }
        }
    }
}
