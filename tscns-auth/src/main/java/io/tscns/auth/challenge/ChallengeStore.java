package io.tscns.auth.challenge;

import java.time.Instant;

/**
 * Where a {@link ChallengeVerifier} keeps the challenges it issued until they are answered (<i>archivio delle
 * sfide</i>): the service provider interface that lets several nodes behind a load balancer share them, so that a
 * challenge issued by one node can be answered at another, and <strong>once only</strong>, whichever node the answer
 * and any replay reach.
 *
 * <p>Keys are the SHA-256 of the challenge bytes in URL-safe base64 (43 characters), never the challenge itself.
 * {@link InMemoryChallengeStore} serves one node; {@link JdbcChallengeStore} a cluster sharing a database, where the
 * database enforces single use. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface ChallengeStore {

    /**
     * Records an issued challenge.
     *
     * @param key     the challenge's key
     * @param expires when it stops being answerable
     * @param now     the current instant, to drop expired challenges
     * @throws ChallengeStoreException with {@link ChallengeStoreProblem.Full} if the store holds as many unexpired
     *                                 challenges as it may, or {@link ChallengeStoreProblem.Unavailable} if it cannot
     *                                 be written
     */
    void put(String key, Instant expires, Instant now);

    /**
     * Takes a challenge out of the store: at most one call, across every node sharing the store, returns
     * {@code true} for a key.
     *
     * @param key the challenge's key
     * @param now the current instant
     * @return {@code true} if the challenge was outstanding and unexpired, and is now spent
     * @throws ChallengeStoreException with {@link ChallengeStoreProblem.Unavailable} if the store cannot be read
     */
    boolean take(String key, Instant now);
}
