package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-connection statement cache: a closed statement comes back for the same text with its parameters cleared, a
 * statement still in use is never shared, and closing the connection closes what it kept.
 */
class StatementCacheTest {

    private static final String BY_ID = "SELECT name FROM t WHERE id = ?";
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = StatementCache.wrap(
                DriverManager.getConnection("jdbc:hsqldb:mem:cache-" + UUID.randomUUID(), "sa", ""));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))");
            s.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (!connection.isClosed()) {
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            }
            connection.close();
        }
    }

    @Test
    void aClosedStatementIsReusedWithItsParametersCleared() throws SQLException {
        PreparedStatement first;
        try (PreparedStatement s = connection.prepareStatement(BY_ID)) {
            s.setInt(1, 1);
            assertEquals("one", single(s));
            first = s;
        }
        try (PreparedStatement s = connection.prepareStatement(BY_ID)) {
            assertSame(first, s, "the same statement comes back");
            assertThrows(SQLException.class, s::executeQuery, "the last caller's parameter is gone");
            s.setInt(1, 2);
            assertEquals("two", single(s));
        }
    }

    @Test
    void aStatementInUseIsNotSharedWithANestedCaller() throws SQLException {
        List<String> pairs = new ArrayList<>();
        try (PreparedStatement outer = connection.prepareStatement("SELECT id FROM t ORDER BY id");
                ResultSet rows = outer.executeQuery()) {
            while (rows.next()) {
                try (PreparedStatement inner = connection.prepareStatement("SELECT id FROM t ORDER BY id")) {
                    assertNotSame(outer, inner);
                    try (ResultSet again = inner.executeQuery()) {
                        again.next();
                        pairs.add(rows.getInt(1) + "/" + again.getInt(1));
                    }
                }
            }
        }
        assertEquals(List.of("1/1", "2/1"), pairs, "the outer loop was not disturbed");
    }

    @Test
    void closingTheConnectionClosesTheKeptStatements() throws SQLException {
        PreparedStatement kept;
        try (PreparedStatement s = connection.prepareStatement(BY_ID)) {
            kept = s.unwrap(PreparedStatement.class);
        }
        assertFalse(kept.isClosed());
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
        connection.close();
        assertTrue(kept.isClosed());
    }

    private static String single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }
}
