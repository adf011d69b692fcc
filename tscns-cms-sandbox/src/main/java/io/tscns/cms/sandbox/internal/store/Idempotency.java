package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.pipeline.IdempotencyRecords;
import io.tscns.cms.sandbox.internal.pipeline.StoredAnswer;
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
 * The {@code idempotency} table: {@link IdempotencyRecords} over the single writer's connection, (operator, key) →
 * the request hash and the committed answer, written in the same transaction as the change, so a retried request is
 * answered with the kept answer and applied once. Bodies are sealed with the {@link SecretCipher}, since a receipt
 * carries the counter halves of the codes. Records are found by a 128-bit digest of (operator, key) (see
 * {@link #digest}); the operator and the key are stored too and checked on every find. Not thread-safe, like its
 * connection, except {@link #slot}.
 */
final class Idempotency implements IdempotencyRecords {

    private final Connection c;
    private final SecretCipher cipher;

    Idempotency(Connection connection, SecretCipher cipher) {
        this.c = connection;
        this.cipher = cipher;
    }

    @Override
    public Slot slot(String operatorId, String key) {
        return new Slot(operatorId, key, digest(operatorId, key));
    }

    @Override
    public Optional<Kept> find(Slot slot) {
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
                return Optional.of(new Kept(
                        r.getBytes(3),
                        new StoredAnswer(r.getInt(4), cipher.open(r.getBytes(5), associated(operatorId, key)))));
            }
        } catch (SQLException e) {
            throw Sql.failed("read of an idempotency record", e);
        }
    }

    @Override
    public void keep(Slot slot, Kept kept, Instant at) {
        String operatorId = slot.operatorId();
        String key = slot.key();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency (key_digest, operator_id, idem_key,"
                + " request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, slot.digest());
            s.setString(2, operatorId);
            s.setString(3, key);
            s.setBytes(4, kept.requestHash());
            s.setInt(5, kept.answer().status());
            s.setBytes(6, cipher.seal(kept.answer().body(), associated(operatorId, key)));
            s.setObject(7, Sql.utc(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("write of an idempotency record", e);
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
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((operatorId.length() + ":" + operatorId + key).getBytes(StandardCharsets.UTF_8));
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
