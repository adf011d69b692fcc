package io.tscns.cms.sandbox.internal.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secret codes and outbox payloads at rest with AES-256-GCM (<i>cifratura a riposo</i>): a fresh 12-byte nonce
 * per value, a 128-bit tag, and associated data naming what the value is (for a code: card id and kind), so a sealed
 * PIN copied onto another card's row, or into the PUK's, fails to open instead of yielding a code.
 *
 * <p>Stored form: nonce followed by ciphertext and tag. The key comes from the sandbox configuration; plaintexts
 * handed in are the caller's to wipe, plaintexts handed out are fresh arrays the caller wipes. Thread-safe.
 */
public final class SecretCipher {

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    /**
     * One {@code AES/GCM/NoPadding} instance per thread, initialised afresh (key and nonce) for every value:
     * {@code Cipher.getInstance} walks the provider list on every call, which was a tenth of the sandbox writer's time
     * under load (tscns-benchmarks' CMS load driver).
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(SecretCipher::newAesGcm);

    private final SecretKeySpec key;
    private final SecureRandom random;

    /**
     * Creates a cipher over a 32-byte key (copied).
     *
     * @param keyMaterial the AES-256 key
     * @param random      the nonce source
     * @throws IllegalArgumentException if the key is not 32 bytes
     */
    public SecretCipher(byte[] keyMaterial, SecureRandom random) {
        if (keyMaterial.length != 32) {
            throw new IllegalArgumentException("the secret-code key must be 32 bytes, got " + keyMaterial.length);
        }
        this.key = new SecretKeySpec(keyMaterial, "AES");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Seals a value.
     *
     * @param plaintext  the value (not wiped here)
     * @param associated what the value is, bound to the ciphertext
     * @return nonce, ciphertext and tag
     */
    public byte[] seal(byte[] plaintext, String associated) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_LENGTH + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @param sealed     nonce, ciphertext and tag
     * @param associated what the value must be
     * @return the plaintext, a fresh array the caller wipes
     * @throws IllegalStateException if the value was changed, moved or sealed with another key
     */
    public byte[] open(byte[] sealed, String associated) {
        if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
            throw new IllegalStateException("sealed value for " + associated + " is truncated");
        }
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_LENGTH)));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("sealed value for " + associated + " does not open with this key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher newAesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-256-GCM]";
    }
}
