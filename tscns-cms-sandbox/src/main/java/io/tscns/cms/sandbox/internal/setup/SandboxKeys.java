package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.internal.store.SecretCipher;
import io.tscns.core.audit.AuditKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's two keys (<i>chiavi del CMS di prova</i>): AES-256 for the codes, the outbox and the kept answers at
 * rest, and the audit chain's HMAC key. Given to the builder, or kept in {@code sandbox.keys} in the data directory
 * (64 random bytes, base64: made on the first start, read on every later one, so that a restart opens what the last
 * run sealed), or drawn afresh for an in-memory sandbox. The raw material is wiped once the cipher and the audit key
 * hold it.
 *
 * @param cipher   seals values at rest
 * @param auditKey seals the audit chain
 */
public record SandboxKeys(SecretCipher cipher, AuditKey auditKey) {

    /** The file of the keys in a data directory. */
    public static final String FILE = "sandbox.keys";
    private static final String AUDIT_KEY_ID = "sandbox-audit";

    /**
     * Checks the components.
     */
    public SandboxKeys {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(auditKey, "auditKey");
    }

    /**
     * Returns the keys given to the builder.
     *
     * @param secretCodes the AES key, 32 bytes (wiped here)
     * @param audit       the audit key, 32 to 64 bytes (wiped here)
     * @param random      the nonce source of the cipher
     * @return the keys
     */
    public static SandboxKeys given(byte[] secretCodes, byte[] audit, SecureRandom random) {
        try {
            return new SandboxKeys(new SecretCipher(secretCodes, random), AuditKey.of(AUDIT_KEY_ID, audit));
        } finally {
            Arrays.fill(secretCodes, (byte) 0);
            Arrays.fill(audit, (byte) 0);
        }
    }

    /**
     * Returns the keys of a data directory, made and written on its first use, or fresh keys for a sandbox in memory.
     *
     * @param dataDirectory the data directory, or empty in memory
     * @param random        the source of new keys and of the cipher's nonces
     * @return the keys
     * @throws IOException if the directory or the file cannot be read or written
     */
    public static SandboxKeys of(Optional<Path> dataDirectory, SecureRandom random) throws IOException {
        byte[] material = new byte[64];
        if (dataDirectory.isEmpty()) {
            random.nextBytes(material);
        } else {
            Files.createDirectories(dataDirectory.get());
            Path file = dataDirectory.get().resolve(FILE);
            if (Files.exists(file)) {
                material = Base64.getDecoder().decode(Files.readString(file).trim());
            } else {
                random.nextBytes(material);
                Files.writeString(file, Base64.getEncoder().encodeToString(material));
            }
        }
        try {
            return given(Arrays.copyOfRange(material, 0, 32), Arrays.copyOfRange(material, 32, 64), random);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "SandboxKeys[AES-256-GCM, " + auditKey + "]";
    }
}
