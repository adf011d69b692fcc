package io.tscns.cms.sandbox.internal.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Operator accounts (<i>operatori</i>): role, region, counter, whether re-issue is enabled, the fingerprint of the
 * operator's personal certificate and a salted SHA-256 of the operator's personal token (never the token).
 * Stateless; thread-safe.
 */
public final class Operators {

    private static final String COLUMNS = "operator_id, display_name, role, region, counter_id, reissue_enabled,"
            + " enabled, cert_fingerprint";

    private Operators() {
    }

    /**
     * Inserts or replaces an operator.
     *
     * @param c        connection
     * @param operator the account
     * @param token    the personal token, hashed here (the caller wipes it); empty for certificate-only operators
     * @param random   salt source
     * @throws SQLException on a database error
     */
    public static void put(Connection c, Rows.OperatorRow operator, Optional<char[]> token, SecureRandom random)
            throws SQLException {
        byte[] salt = null;
        byte[] tokenHash = null;
        if (token.isPresent()) {
            salt = new byte[16];
            random.nextBytes(salt);
            tokenHash = hash(salt, token.get());
        }
        // Update, else insert: operators are written only by the sandbox's single writer, so nothing comes between.
        try (PreparedStatement update = c.prepareStatement("UPDATE operators SET display_name = ?, role = ?,"
                + " region = ?, counter_id = ?, reissue_enabled = ?, enabled = ?, cert_fingerprint = ?, token_salt = ?,"
                + " token_hash = ? WHERE operator_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO operators (display_name, role, region,"
                + " counter_id, reissue_enabled, enabled, cert_fingerprint, token_salt, token_hash, operator_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PreparedStatement s : List.of(update, insert)) {
                s.setString(1, operator.displayName());
                s.setString(2, operator.role());
                s.setString(3, operator.region());
                s.setString(4, operator.counterId());
                s.setBoolean(5, operator.reissueEnabled());
                s.setBoolean(6, operator.enabled());
                s.setString(7, operator.certFingerprint().orElse(null));
                s.setBytes(8, salt);
                s.setBytes(9, tokenHash);
                s.setString(10, operator.operatorId());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        }
    }

    /**
     * Finds an operator by id.
     *
     * @param c          connection
     * @param operatorId the id
     * @return the account, or empty
     * @throws SQLException on a database error
     */
    public static Optional<Rows.OperatorRow> byId(Connection c, String operatorId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM operators WHERE operator_id = ?", operatorId);
    }

    /**
     * Finds an operator by certificate fingerprint.
     *
     * @param c           connection
     * @param fingerprint SHA-256 of the DER certificate, lower-case hex
     * @return the account, or empty
     * @throws SQLException on a database error
     */
    public static Optional<Rows.OperatorRow> byFingerprint(Connection c, String fingerprint) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM operators WHERE cert_fingerprint = ?", fingerprint);
    }

    /**
     * Checks an operator's personal token in constant time.
     *
     * @param c          connection
     * @param operatorId the id
     * @param token      the token given (not wiped here)
     * @return the account if the token matches
     * @throws SQLException on a database error
     */
    public static Optional<Rows.OperatorRow> checkToken(Connection c, String operatorId, char[] token)
            throws SQLException {
        byte[] salt;
        byte[] stored;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT token_salt, token_hash FROM operators WHERE operator_id = ?")) {
            s.setString(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getBytes(1) == null) {
                    return Optional.empty();
                }
                salt = r.getBytes(1);
                stored = r.getBytes(2);
            }
        }
        byte[] given = hash(salt, token);
        return MessageDigest.isEqual(given, stored) ? byId(c, operatorId) : Optional.empty();
    }

    private static Optional<Rows.OperatorRow> one(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Rows.OperatorRow(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getBoolean(6), r.getBoolean(7),
                        Optional.ofNullable(r.getString(8))));
            }
        }
    }

    /**
     * Hashes a secret token with a salt: SHA-256 over salt and UTF-8 token, every temporary buffer wiped.
     *
     * @param salt  the salt
     * @param token the token (not wiped here)
     * @return the hash
     */
    public static byte[] hash(byte[] salt, char[] token) {
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
