package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.SandboxSetupException;
import io.tscns.cms.sandbox.internal.store.SecretCipher;
import io.tscns.core.audit.AuditKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's two keys (<i>chiavi del CMS di prova</i>), kept apart: AES-256 for the codes, the outbox and the
 * kept answers at rest ({@value #CODES_FILE}), and the audit chain's HMAC key ({@value #AUDIT_FILE}), so that the
 * key an auditor needs to verify the chain opens no code, and the key that opens the codes cannot forge the chain.
 * Given to the builder, or kept in the data directory (32 random bytes each, base64, {@code 0600}: made on the first
 * start, read on every later one, so that a restart opens what the last run sealed, and refused if other users can
 * read them), or drawn afresh for an in-memory sandbox. A directory of an earlier sandbox, with both keys in one
 * {@code sandbox.keys} file, has them moved into the two files. The raw material is wiped once the cipher and the
 * audit key hold it.
 *
 * @param cipher   seals values at rest
 * @param auditKey seals the audit chain
 */
public record SandboxKeys(SecretCipher cipher, AuditKey auditKey) {

    /** The file of the code-sealing key in a data directory. */
    public static final String CODES_FILE = "codes.key";
    /** The file of the audit key in a data directory. */
    public static final String AUDIT_FILE = "audit.key";
    /** The single key file of earlier sandboxes, split into the two on start. */
    static final String LEGACY_FILE = "sandbox.keys";

    private static final String AUDIT_KEY_ID = "sandbox-audit";
    private static final int KEY_BYTES = 32;

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
     * @param dataDirectory the data directory (created {@code 0700} if missing), or empty in memory
     * @param random        the source of new keys and of the cipher's nonces
     * @return the keys
     * @throws IOException                                        if a file cannot be read or written
     * @throws io.tscns.cms.sandbox.SandboxSetupException if the directory or a key file can be read by others
     */
    public static SandboxKeys of(Optional<Path> dataDirectory, SecureRandom random) throws IOException {
        if (dataDirectory.isEmpty()) {
            return given(fresh(random), fresh(random), random);
        }
        Path directory = PrivateFiles.directory(dataDirectory.get());
        splitLegacy(directory);
        return given(key(directory.resolve(CODES_FILE), random), key(directory.resolve(AUDIT_FILE), random), random);
    }

    /** Reads a key file, or makes it. */
    private static byte[] key(Path file, SecureRandom random) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] text = PrivateFiles.read(file);
            try {
                return Base64.getDecoder().decode(new String(text, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException e) {
                throw new SandboxSetupException(file + " is not a key the sandbox wrote");
            } finally {
                Arrays.fill(text, (byte) 0);
            }
        }
        byte[] key = fresh(random);
        byte[] text = Base64.getEncoder().encode(key);
        try {
            PrivateFiles.write(file, text);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
        return key;
    }

    /** Moves the two keys of an earlier sandbox's single file into their own files. */
    private static void splitLegacy(Path directory) throws IOException {
        Path legacy = directory.resolve(LEGACY_FILE);
        if (!Files.exists(legacy, LinkOption.NOFOLLOW_LINKS) || Files.exists(directory.resolve(CODES_FILE))) {
            return;
        }
        byte[] text = Files.readAllBytes(legacy);
        byte[] material = Base64.getDecoder().decode(new String(text, StandardCharsets.US_ASCII).trim());
        try {
            writeKey(directory.resolve(CODES_FILE), Arrays.copyOfRange(material, 0, KEY_BYTES));
            writeKey(directory.resolve(AUDIT_FILE), Arrays.copyOfRange(material, KEY_BYTES, material.length));
            Files.delete(legacy);
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(material, (byte) 0);
        }
    }

    private static void writeKey(Path file, byte[] key) throws IOException {
        byte[] text = Base64.getEncoder().encode(key);
        try {
            PrivateFiles.write(file, text);
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] fresh(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    @Override
    public String toString() {
        return "SandboxKeys[AES-256-GCM, " + auditKey + "]";
    }
}
