package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a verifier accepts, by key id (<i>portachiavi</i>): the current sealing key and the retired ones whose
 * seals are still in the trail. An auditor verifies an export offline with nothing but this ring.
 *
 * <p>The ring takes ownership of the keys given to it: {@link #close()} destroys them all, including one that an
 * {@link AuditSealer} is still using. {@link #toString()} lists key ids only. Thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditKeyRing implements AutoCloseable {

    private final Map<String, AuditKey> keys;

    private AuditKeyRing(Map<String, AuditKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * Makes a ring of the given keys.
     *
     * @param keys the keys, with distinct ids
     * @return the ring
     * @throws InvalidAuditValueException if two keys have the same id
     */
    public static AuditKeyRing of(AuditKey... keys) {
        return of(List.of(keys));
    }

    /**
     * Makes a ring of the given keys.
     *
     * @param keys the keys, with distinct ids
     * @return the ring
     * @throws InvalidAuditValueException if two keys have the same id
     */
    public static AuditKeyRing of(Collection<AuditKey> keys) {
        Map<String, AuditKey> byId = new LinkedHashMap<>();
        for (AuditKey key : keys) {
            Objects.requireNonNull(key, "key");
            if (byId.putIfAbsent(key.keyId(), key) != null) {
                throw new InvalidAuditValueException(
                        "keyRing", Reason.DUPLICATE, "two keys have the id '" + key.keyId() + "'");
            }
        }
        return new AuditKeyRing(byId);
    }

    /**
     * Returns the key with the given id.
     *
     * @param keyId the key id
     * @return the key, or empty if the ring has no key with that id
     */
    public Optional<AuditKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /**
     * Returns the ids of the keys, in the order given.
     *
     * @return the key ids
     */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /**
     * Destroys every key of the ring.
     */
    @Override
    public void close() {
        keys.values().forEach(AuditKey::destroy);
    }

    /**
     * Returns the key ids; never key material.
     *
     * @return a description listing the key ids
     */
    @Override
    public String toString() {
        return "AuditKeyRing" + keys.keySet();
    }
}
