package io.tscns.cms.client;

import io.tscns.cms.protocol.IdempotencyKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call choices: the idempotency key of a state-changing call and the request id. Without a key the client
 * generates one per call and reuses it on each of its own retries; give your own key to make a retry of your own
 * (after a crash, say) replay the first call's outcome instead of applying it twice.
 *
 * @param idempotencyKey the key to send, or empty to generate one
 * @param requestId      the request id to send, or empty to generate one
 * @since 0.1.0
 */
public record CallOptions(Optional<IdempotencyKey> idempotencyKey, Optional<String> requestId) {

    /** Checks the components. */
    public CallOptions {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Returns options that generate both values.
     *
     * @return the default options
     */
    public static CallOptions none() {
        return new CallOptions(Optional.empty(), Optional.empty());
    }

    /**
     * Returns options with an idempotency key.
     *
     * @param key the key
     * @return the options
     */
    public static CallOptions withKey(IdempotencyKey key) {
        return new CallOptions(Optional.of(key), Optional.empty());
    }
}
