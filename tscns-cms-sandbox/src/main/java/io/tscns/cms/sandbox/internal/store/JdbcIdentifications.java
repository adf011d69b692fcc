package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.IdentificationStore;
import io.tscns.cms.sandbox.internal.domain.IssuedIdentification;
import io.tscns.core.card.CardId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code identifications} table: {@link IdentificationStore} over one JDBC connection. Not thread-safe, like its
 * connection.
 */
final class JdbcIdentifications implements IdentificationStore {

    private final Connection c;

    JdbcIdentifications(Connection connection) {
        this.c = connection;
    }

    @Override
    public void add(IssuedIdentification identification) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO identifications (reference_digest, card_id,"
                + " operator_id, identified_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, identification.digest());
            s.setString(2, identification.cardId().value());
            s.setString(3, identification.operatorId());
            s.setObject(4, Sql.utc(identification.identifiedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("write of an identification", e);
        }
    }

    @Override
    public Optional<IssuedIdentification> find(String digest) {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT card_id, operator_id, identified_at" + " FROM identifications WHERE reference_digest = ?")) {
            s.setString(1, digest);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IssuedIdentification(
                        digest, CardId.parse(r.getString(1)), r.getString(2), Sql.instant(r, 3)));
            }
        } catch (SQLException e) {
            throw Sql.failed("read of an identification", e);
        }
    }
}
