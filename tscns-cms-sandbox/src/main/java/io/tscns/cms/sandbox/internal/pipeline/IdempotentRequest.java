package io.tscns.cms.sandbox.internal.pipeline;

import java.util.Objects;

/**
 * A state-changing request's idempotency key and the digest of what it asks (<i>chiave di idempotenza</i>): a request
 * with a key already used is answered with the stored answer if it asks the same, refused if it asks something else.
 *
 * @param key         the key, scoped to the operator
 * @param requestHash the SHA-256 digest of the request (path and body)
 */
public record IdempotentRequest(String key, byte[] requestHash) {

    /**
     * Checks the components.
     */
    public IdempotentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }
}
