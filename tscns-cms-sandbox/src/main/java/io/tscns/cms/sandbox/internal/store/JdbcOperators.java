package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorStore;
import io.tscns.cms.sandbox.internal.domain.TokenDigest;
import io.tscns.core.person.CodiceFiscale;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code operators} table: {@link OperatorStore} over one JDBC connection. An account keeps its role, region,
 * counter, whether re-issue is enabled, the operator's codice fiscale, the fingerprint of the operator's personal certificate and a salted
 * {@link TokenDigest} of the personal token (never the token). Not thread-safe, like its connection.
 */
final class JdbcOperators implements OperatorStore {

    private static final String COLUMNS =
            "operator_id, display_name, role, region, counter_id, reissue_enabled," + " enabled";

    private final Connection c;
    private final SecureRandom random;

    JdbcOperators(Connection connection, SecureRandom random) {
        this.c = connection;
        this.random = random;
    }

    @Override
    public void put(
            OperatorAccount account,
            CodiceFiscale codiceFiscale,
            Optional<String> fingerprint,
            Optional<char[]> token) {
        byte[] salt = null;
        byte[] tokenHash = null;
        if (token.isPresent()) {
            salt = new byte[16];
            random.nextBytes(salt);
            tokenHash = TokenDigest.of(salt, token.get());
        }
        Operator operator = account.operator();
        // Update, else insert: operators are written only by the sandbox's single writer, so nothing comes between.
        try (PreparedStatement update = c.prepareStatement("UPDATE operators SET display_name = ?, role = ?,"
                        + " region = ?, counter_id = ?, reissue_enabled = ?, enabled = ?, cert_fingerprint = ?, token_salt = ?,"
                        + " token_hash = ?, codice_fiscale = ? WHERE operator_id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO operators (display_name, role, region,"
                        + " counter_id, reissue_enabled, enabled, cert_fingerprint, token_salt, token_hash, codice_fiscale,"
                        + " operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PreparedStatement s : List.of(update, insert)) {
                s.setString(1, operator.displayName());
                s.setString(2, operator.role().name());
                s.setString(3, operator.region());
                s.setString(4, operator.counterId());
                s.setBoolean(5, operator.reissueEnabled());
                s.setBoolean(6, account.enabled());
                Sql.setOptional(s, 7, fingerprint);
                s.setBytes(8, salt);
                s.setBytes(9, tokenHash);
                s.setString(10, codiceFiscale.value());
                s.setString(11, operator.operatorId());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("write of an operator", e);
        }
    }

    @Override
    public Optional<OperatorAccount> find(String operatorId) {
        return one("SELECT " + COLUMNS + " FROM operators WHERE operator_id = ?", operatorId);
    }

    @Override
    public Optional<OperatorAccount> byCertificate(String fingerprint) {
        return one("SELECT " + COLUMNS + " FROM operators WHERE cert_fingerprint = ?", fingerprint);
    }

    @Override
    public Optional<OperatorAccount> byCodiceFiscale(CodiceFiscale codiceFiscale) {
        return one("SELECT " + COLUMNS + " FROM operators WHERE codice_fiscale = ?", codiceFiscale.value());
    }

    @Override
    public Optional<OperatorAccount> withToken(String operatorId, char[] token) {
        byte[] salt;
        byte[] stored;
        try (PreparedStatement s =
                c.prepareStatement("SELECT token_salt, token_hash FROM operators WHERE operator_id = ?")) {
            s.setString(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getBytes(1) == null) {
                    return Optional.empty();
                }
                salt = r.getBytes(1);
                stored = r.getBytes(2);
            }
        } catch (SQLException e) {
            throw Sql.failed("read of an operator's token", e);
        }
        return MessageDigest.isEqual(TokenDigest.of(salt, token), stored) ? find(operatorId) : Optional.empty();
    }

    private Optional<OperatorAccount> one(String sql, String key) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OperatorAccount(
                        new Operator(
                                r.getString(1),
                                r.getString(2),
                                OperatorRole.valueOf(r.getString(3)),
                                r.getString(4),
                                r.getString(5),
                                r.getBoolean(6)),
                        r.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw Sql.failed("read of an operator", e);
        }
    }
}
