package io.tscns.cms.sandbox.internal.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The answers kept under idempotency keys (<i>registro delle chiavi di idempotenza</i>), written in the transaction of
 * the change they answer. Used inside the single writer's transaction, except {@link #slot}.
 */
public interface IdempotencyRecords {

    /**
     * Where an operator's key is kept, worked out once per request and off the single writer.
     *
     * @param operatorId the operator
     * @param key        the key
     * @param digest     the record's address
     */
    record Slot(String operatorId, String key, UUID digest) {
        /** Checks the components. */
        public Slot {
            Objects.requireNonNull(operatorId, "operatorId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(digest, "digest");
        }
    }

    /**
     * A kept answer with the digest of the request it answered.
     *
     * @param requestHash the request's digest
     * @param answer      the answer
     */
    record Kept(byte[] requestHash, StoredAnswer answer) {
        /** Checks the components. */
        public Kept {
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * Works out where an operator's key is kept.
     *
     * @param operatorId the operator
     * @param key        the key
     * @return the slot
     */
    Slot slot(String operatorId, String key);

    /**
     * Finds the answer kept under a key.
     *
     * @param slot the key's slot
     * @return the kept answer, or empty
     */
    Optional<Kept> find(Slot slot);

    /**
     * Keeps an answer under a key.
     *
     * @param slot the key's slot
     * @param kept the answer and the request's digest
     * @param at   when
     */
    void keep(Slot slot, Kept kept, Instant at);
}
