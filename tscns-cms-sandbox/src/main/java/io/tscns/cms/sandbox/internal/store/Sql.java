package io.tscns.cms.sandbox.internal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The conversions every table access needs: instants as UTC timestamps, optional texts as SQL nulls. Stateless. */
final class Sql {

    private Sql() {}

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /** A database failure in a store call, unchecked for the handlers. */
    static SandboxStoreException failed(String what, SQLException e) {
        return new SandboxStoreException("sandbox database " + what + " failed: " + e.getMessage(), e);
    }
}
