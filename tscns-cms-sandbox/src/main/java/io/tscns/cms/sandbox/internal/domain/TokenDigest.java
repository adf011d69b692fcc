package io.tscns.cms.sandbox.internal.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The digest the sandbox keeps of a secret token instead of the token (<i>impronta del token</i>): SHA-256 over a
 * salt and the token's UTF-8 bytes, every temporary buffer wiped. Operators' personal tokens are kept so, salted;
 * session tokens are looked up by it. Stateless, thread-safe.
 */
public final class TokenDigest {

    private TokenDigest() {}

    /**
     * Returns the digest of a token.
     *
     * @param salt  the salt (empty for none)
     * @param token the token (not wiped here)
     * @return the 32-byte digest
     */
    public static byte[] of(byte[] salt, char[] token) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(token));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
