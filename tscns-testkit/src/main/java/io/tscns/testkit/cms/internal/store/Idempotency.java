package io.tscns.testkit.cms.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency records (<i>chiavi di idempotenza</i>): (operator, key) → the request hash and the committed response,
 * written in the same transaction as the change, so a retried request is answered with the stored response and
 * applied once. Bodies are sealed with the {@link SecretCipher}, since a receipt carries the counter halves of the
 * codes. Thread-safe.
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
     * Finds the stored response for a key.
     *
     * @param c          connection
     * @param operatorId the operator
     * @param key        the key
     * @return the stored response, or empty
     * @throws SQLException on a database error
     */
    public Optional<Rows.StoredResponse> find(Connection c, String operatorId, String key)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT request_hash, status, body FROM idempotency WHERE operator_id = ? AND idem_key = ?")) {
            s.setString(1, operatorId);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Rows.StoredResponse(r.getBytes(1), r.getInt(2), cipher.open(r.getBytes(3), associated(operatorId, key))))
                        : Optional.empty();
            }
        }
    }

    /**
     * Stores the response for a key.
     *
     * @param c          connection
     * @param operatorId the operator
     * @param key        the key
     * @param response   the response
     * @param at         when
     * @throws SQLException on a database error
     */
    public void store(Connection c, String operatorId, String key, Rows.StoredResponse response, Instant at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, operatorId);
            s.setString(2, key);
            s.setBytes(3, response.requestHash());
            s.setInt(4, response.status());
            s.setBytes(5, cipher.seal(response.body(), associated(operatorId, key)));
            s.setObject(6, Cards.utc(at));
            s.executeUpdate();
        }
    }

    private static String associated(String operatorId, String key) {
        return "idempotency:" + operatorId + ":" + key;
    }
}
