package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The versioned migrations: a database at an older version is brought forward by the migrations it has not had,
 * keeping its rows; one already at the last version is left alone; and the idempotency key digest keeps apart the
 * (operator, key) pairs that read the same when glued together.
 */
class MigrationsTest {

    /** A migration after the last real one. */
    private static final int NEXT = Migrations.ALL.size() + 1;

    private static final Migrations.Migration LATER = new Migrations.Migration(
            NEXT, "card_note", List.of("ALTER TABLE cards ADD COLUMN note VARCHAR(40) DEFAULT 'none' NOT NULL"));

    @Test
    void anOlderDatabaseGetsOnlyTheMigrationsItHasNotHadAndKeepsItsRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:mem:migrations-" + UUID.randomUUID(), "sa", "")) {
            c.setAutoCommit(false);
            SandboxDatabase.migrate(c, Migrations.ALL);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                        + " 'A562')");
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('6090000000001000', '80380000000000001000',"
                        + " 'RSSMRA85T10A562S', '090', 'SHIPPED', 1, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
            }
            c.commit();

            List<Migrations.Migration> withLater = new ArrayList<>(Migrations.ALL);
            withLater.add(LATER);
            SandboxDatabase.migrate(c, withLater);
            assertEquals(names(withLater), history(c));
            assertEquals("SHIPPED none", query(c, "SELECT state || ' ' || note FROM cards"));

            // Run again: nothing is applied twice (LATER's ALTER would fail on the existing column).
            SandboxDatabase.migrate(c, withLater);
            assertEquals(names(withLater), history(c));
        }
    }

    @Test
    void migrationThreeGivesTheOlderHistoryLinesTheirHoldersCode() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:mem:migrations-" + UUID.randomUUID(), "sa", "")) {
            c.setAutoCommit(false);
            SandboxDatabase.migrate(c, Migrations.ALL.subList(0, 2));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                        + " 'A562')");
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('6090000000001000', '80380000000000001000',"
                        + " 'RSSMRA85T10A562S', '090', 'ACTIVE', 2, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO operations (card_id, operation, outcome, state_after, operator_id,"
                        + " performed_at) VALUES ('6090000000001000', 'card.activate', 'succeeded', 'ACTIVE', 'asl-1',"
                        + " CURRENT_TIMESTAMP)");
            }
            c.commit();
            SandboxDatabase.migrate(c, Migrations.ALL);
            assertEquals("RSSMRA85T10A562S", query(c, "SELECT codice_fiscale FROM operations"));
        }
    }

    private static List<String> names(List<Migrations.Migration> migrations) {
        return migrations.stream().map(m -> m.version() + " " + m.name()).toList();
    }

    @Test
    void aFreshDatabaseIsAtTheLastMigration() {
        try (SandboxDatabase database = SandboxDatabase.inMemory()) {
            assertEquals(Migrations.ALL.size(), database.schemaVersion());
        }
    }

    @Test
    void pairsThatReadTheSameGluedTogetherHaveDifferentDigests() {
        assertNotEquals(Idempotency.digest("asl-1", ":k1"), Idempotency.digest("asl-1:", "k1"));
        assertNotEquals(Idempotency.digest("asl-1:k", "1"), Idempotency.digest("asl-1", "k1"));
        assertEquals(Idempotency.digest("asl-1", "k-1"), Idempotency.digest("asl-1", "k-1"));
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2));
            }
        }
        return rows;
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
