package io.tscns.auth.challenge;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Challenges kept in this JVM's memory (<i>sfide in memoria</i>): the default for a single node. At most
 * {@code capacity} unexpired challenges are held; expired ones are swept when the store is full.
 *
 * <p>Thread-safe: {@link #take} is an atomic removal, so a challenge is spent once even under concurrent answers.
 *
 * @since 0.1.0
 */
public final class InMemoryChallengeStore implements ChallengeStore {

    private final int capacity;
    private final Map<String, Instant> outstanding = new ConcurrentHashMap<>();

    /**
     * Creates a store.
     *
     * @param capacity the most unexpired challenges held
     */
    public InMemoryChallengeStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public void put(String key, Instant expires, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expires, "expires");
        if (outstanding.size() >= capacity) {
            // Sweep expired challenges only when full, not on every issue: the bound counts unexpired ones.
            outstanding.values().removeIf(until -> !now.isBefore(until));
            if (outstanding.size() >= capacity) {
                throw new ChallengeStoreException(new ChallengeStoreProblem.Full(capacity));
            }
        }
        outstanding.put(key, expires);
    }

    @Override
    public boolean take(String key, Instant now) {
        Instant expires = outstanding.remove(Objects.requireNonNull(key, "key"));
        return expires != null && now.isBefore(expires);
    }

    @Override
    public String toString() {
        return "InMemoryChallengeStore[" + outstanding.size() + " of " + capacity + "]";
    }
}
