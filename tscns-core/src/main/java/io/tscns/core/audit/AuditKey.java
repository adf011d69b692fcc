package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.security.auth.Destroyable;

/**
 * A secret HMAC-SHA256 key that seals audit entries (<i>chiave di sigillo</i>), with the id written in every seal
 * it makes so that verifiers can find it after a roll-over.
 *
 * <p>The key material is a secret: it lives in a private {@code byte[]} copied from the caller's array (the caller
 * wipes its own), is handed to the JDK's {@code Mac} as a fresh copy that the JDK's HMAC implementation zeroes after
 * deriving its pads, and is zeroed by {@link #destroy()}. {@link #toString()} shows the key id only; no method
 * returns the material. Limit: the {@code Mac} instance made for each computation holds key-derived pads until it is
 * garbage-collected, which the JCE offers no way to wipe.
 *
 * <p>Thread-safe. Equality is identity: two keys are never compared by content.
 *
 * @since 0.1.0
 */
public final class AuditKey implements Destroyable {

    /** Shortest key accepted, in bytes: the output length of SHA-256 (RFC 2104 §3). */
    public static final int MIN_LENGTH = 32;
    /** Longest key accepted, in bytes: the block size of SHA-256; longer keys would be hashed down anyway. */
    public static final int MAX_LENGTH = 64;

    private static final String JCA_ALGORITHM = "HmacSHA256";

    private final String keyId;
    private final byte[] material;
    private boolean destroyed;

    private AuditKey(String keyId, byte[] material) {
        this.keyId = keyId;
        this.material = material;
    }

    /**
     * Makes a key from a copy of the given material.
     *
     * @param keyId    the key id: an ASCII letter or digit, then letters, digits, {@code . _ -}, at most 64
     *                 characters
     * @param material {@value #MIN_LENGTH} to {@value #MAX_LENGTH} secret bytes; copied, so the caller should wipe
     *                 its array
     * @return the key
     * @throws InvalidAuditValueException if the key id is malformed or the material has the wrong length (the
     *                                    message gives the length, never the bytes)
     */
    public static AuditKey of(String keyId, byte[] material) {
        AuditText.code("keyId", keyId);
        Objects.requireNonNull(material, "material");
        if (material.length < MIN_LENGTH || material.length > MAX_LENGTH) {
            throw new InvalidAuditValueException(
                    "key",
                    Reason.OUT_OF_RANGE,
                    "has " + material.length + " bytes; an audit key has " + MIN_LENGTH + " to " + MAX_LENGTH);
        }
        return new AuditKey(keyId, material.clone());
    }

    /**
     * Makes a new random key of {@value #MIN_LENGTH} bytes.
     *
     * @param keyId  the key id, as for {@link #of(String, byte[])}
     * @param random the source of randomness, normally a {@code SecureRandom} from {@code getInstanceStrong()} or
     *               the default constructor
     * @return the key
     * @throws InvalidAuditValueException if the key id is malformed
     */
    public static AuditKey generate(String keyId, SecureRandom random) {
        AuditText.code("keyId", keyId);
        byte[] material = new byte[MIN_LENGTH];
        random.nextBytes(material);
        return new AuditKey(keyId, material);
    }

    /**
     * Returns the key id written in seals.
     *
     * @return the key id
     */
    public String keyId() {
        return keyId;
    }

    /**
     * Zeroes the key material. Later use throws {@link DestroyedAuditKeyException}.
     */
    @Override
    public synchronized void destroy() {
        Arrays.fill(material, (byte) 0);
        destroyed = true;
    }

    /**
     * Tells whether {@link #destroy()} has been called.
     *
     * @return {@code true} once destroyed
     */
    @Override
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    /** Returns a view for {@code Mac.init} whose {@code getEncoded} hands out a fresh copy each time. */
    SecretKey jcaKey() {
        if (isDestroyed()) {
            throw new DestroyedAuditKeyException(keyId);
        }
        return new JcaView();
    }

    private synchronized byte[] copyOfMaterial() {
        if (destroyed) {
            throw new DestroyedAuditKeyException(keyId);
        }
        return material.clone();
    }

    /**
     * Returns the key id; never the material.
     *
     * @return a description naming the key id
     */
    @Override
    public String toString() {
        return "AuditKey[" + keyId + (isDestroyed() ? ", destroyed]" : "]");
    }

    /** The key as the JCA sees it, for the duration of one {@code Mac.init}. */
    private final class JcaView implements SecretKey {

        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return JCA_ALGORITHM;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return copyOfMaterial();
        }

        @Override
        public String toString() {
            return AuditKey.this.toString();
        }
    }
}
