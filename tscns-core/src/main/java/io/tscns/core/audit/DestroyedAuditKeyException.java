package io.tscns.core.audit;

import io.tscns.core.TscnsException;

/**
 * Thrown when an {@link AuditKey} is used after it was destroyed (directly, or by closing the
 * {@link AuditKeyRing} that held it). The message names the key id, never key material.
 *
 * @since 0.1.0
 */
public final class DestroyedAuditKeyException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final String keyId;

    /**
     * Creates the exception.
     *
     * @param keyId the id of the destroyed key
     */
    public DestroyedAuditKeyException(String keyId) {
        super("audit key '" + keyId + "' has been destroyed and can no longer seal or verify");
        this.keyId = keyId;
    }

    /**
     * Returns the id of the destroyed key.
     *
     * @return the key id
     */
    public String keyId() {
        return keyId;
    }
}
