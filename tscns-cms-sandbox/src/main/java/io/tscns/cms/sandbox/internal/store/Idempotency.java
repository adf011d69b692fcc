package io.tscns.cms.sandbox.internal.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency records (<i>chiavi di idempotenza</i>): (operator, key) → the request hash and the committed response,
 * written in the same transaction as the change, so a retried request is answered with the stored response and
 * applied once. Bodies are sealed with the {@link SecretCipher}, since a receipt carries the counter halves of the
 * codes. Records are found by a 128-bit digest of (operator, key) (see {@link #digest}); the operator and the key are
 * stored too and checked on every find. Thread-safe.
 */
public final class Idempotency {

    private final SecretCipher cipher;

    /**
     * Creates the table access.
     *
     * @param cipher seals response bodies
     */
    public Idempotency(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Where a record lives: the operator, the key and their {@link #digest}, worked out once per request and off the
     * single writer.
     *
     * @param operatorId the operator
     * @param key        the idempotency key
     * @param digest     the record's key in the table
     */
    public record Slot(String operatorId, String key, UUID digest) {
    }

    /**
     * Works out a record's slot.
     *
     * @param operatorId the operator
     * @param key        the idempotency key
     * @return the slot
     */
    public static Slot slot(String operatorId, String key) {
        return new Slot(operatorId, key, digest(operatorId, key));
    }

    /**
     * Finds the stored response for a key.
     *
     * @param c    connection
     * @param slot the operator and key
     * @return the stored response, or empty
     * @throws SQLException on a database error
     */
    public Optional<Rows.StoredResponse> find(Connection c, Slot slot) throws SQLException {
        String operatorId = slot.operatorId();
        String key = slot.key();
        try (PreparedStatement s = c.prepareStatement("SELECT operator_id, idem_key, request_hash, status, body"
                + " FROM idempotency WHERE key_digest = ?")) {
            s.setObject(1, slot.digest());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                if (!operatorId.equals(r.getString(1)) || !key.equals(r.getString(2))) {
                    // Two (operator, key) pairs with one SHA-256 prefix of 128 bits: never seen, but not answered
                    // with another request's response.
                    throw new SandboxStoreException("idempotency digest collision", null);
                }
                return Optional.of(new Rows.StoredResponse(r.getBytes(3), r.getInt(4),
                        cipher.open(r.getBytes(5), associated(operatorId, key))));
            }
        }
    }

    /**
     * Stores the response for a key.
     *
     * @param c        connection
     * @param slot     the operator and key
     * @param response the response
     * @param at       when
     * @throws SQLException on a database error
     */
    public void store(Connection c, Slot slot, Rows.StoredResponse response, Instant at) throws SQLException {
        String operatorId = slot.operatorId();
        String key = slot.key();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency (key_digest, operator_id, idem_key,"
                + " request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, slot.digest());
            s.setString(2, operatorId);
            s.setString(3, key);
            s.setBytes(4, response.requestHash());
            s.setInt(5, response.status());
            s.setBytes(6, cipher.seal(response.body(), associated(operatorId, key)));
            s.setObject(7, Cards.utc(at));
            s.executeUpdate();
        }
    }

    /**
     * The record's key: the first 128 bits of SHA-256 over {@code <length of operator id>:<operator id><key>} in
     * UTF-8 (the length prefix keeps the pair apart: {@code ("a", "b:c")} and {@code ("a:b", "c")} differ), as a UUID,
     * stored in the database's 16-byte {@code UUID} type.
     *
     * @param operatorId the operator
     * @param key        the idempotency key
     * @return the digest
     */
    static UUID digest(String operatorId, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((operatorId.length() + ":" + operatorId + key)
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.wrap(hash);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String associated(String operatorId, String key) {
        return "idempotency:" + operatorId + ":" + key;
    }
}
