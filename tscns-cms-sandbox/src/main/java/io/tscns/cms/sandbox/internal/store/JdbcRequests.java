package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.RequestStore;
import io.tscns.core.person.CodiceFiscale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The {@code requests} table: {@link RequestStore} over one JDBC connection. Not thread-safe, like its connection. */
final class JdbcRequests implements RequestStore {

    private final Connection c;

    JdbcRequests(Connection connection) {
        this.c = connection;
    }

    @Override
    public String file(String kind, CodiceFiscale person, String reason, String operatorId, Instant at) {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, kind);
            s.setString(3, person.value());
            s.setString(4, reason);
            s.setString(5, operatorId);
            s.setObject(6, Sql.utc(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("filing of a request", e);
        }
        return id;
    }
}
