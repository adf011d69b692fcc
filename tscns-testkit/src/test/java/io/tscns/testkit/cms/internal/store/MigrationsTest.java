package io.tscns.testkit.cms.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versioned migrations: a data directory written by an older sandbox is upgraded in place and keeps its rows —
 * here one at V3, whose identifier columns were {@code CHAR} and whose idempotency records were keyed by operator and
 * key, opened by the current sandbox.
 */
class MigrationsTest {

    private static final String CARD = "6090000000001000";
    private static final String OTHER = "6090000000002000";

    @Test
    void aVersion3DatabaseIsUpgradedKeepingEveryRowAndItsKeys(@TempDir Path directory) throws SQLException {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("cms") + ";WRITE_DELAY=0";
        try (Connection old = DriverManager.getConnection(url, "sa", "")) {
            old.setAutoCommit(false);
            SandboxDatabase.migrate(old, Migrations.ALL.subList(0, 3));
            try (Statement s = old.createStatement()) {
                s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                        + " 'A562')");
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('" + CARD + "', '80380000000000001000',"
                        + " 'RSSMRA85T10A562S', '090', 'SHIPPED', 1, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO secret_codes VALUES ('" + CARD + "', 'PIN', X'0102')");
                s.execute("INSERT INTO outbox (message_id, card_id, channel, address, sealed, created_at) VALUES"
                        + " ('0190f6a2-0000-7000-8000-000000000001', '" + CARD + "', 'EMAIL', 'a@example.org', X'03',"
                        + " CURRENT_TIMESTAMP)");
                // Two cards' history lines, interleaved: after the upgrade (V4 retypes card_id, which the history
                // index is on) each card still reads its own lines, in order.
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('" + OTHER + "', '80380000000000002000',"
                        + " 'RSSMRA85T10A562S', '090', 'ISSUED', 0, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
                for (String[] line : new String[][] {{CARD, "shipped"}, {OTHER, "issued"}, {CARD, "activation"},
                        {OTHER, "shipped"}, {CARD, "reprint"}}) {
                    s.execute("INSERT INTO operations (card_id, operation, outcome, operator_id, at) VALUES ('"
                            + line[0] + "', '" + line[1] + "', 'succeeded', 'asl-1', CURRENT_TIMESTAMP)");
                }
                s.execute("INSERT INTO idempotency VALUES ('asl-1', 'k-1', X'" + "00".repeat(32) + "', 201, X'0405',"
                        + " CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO idempotency VALUES ('asl-1:k', '1', X'" + "11".repeat(32) + "', 409, X'06',"
                        + " CURRENT_TIMESTAMP)");
            }
            old.commit();
        }
        try (SandboxDatabase database = SandboxDatabase.inDirectory(directory)) {
            assertEquals(Migrations.ALL.size(), database.schemaVersion());
            assertEquals(5, database.schemaVersion());
            // Each card's history is the card's own lines, in the order they were written.
            assertEquals(List.of("shipped", "activation", "reprint"), operations(database, CARD));
            assertEquals(List.of("issued", "shipped"), operations(database, OTHER));
            List<String> idempotency = database.read(c -> {
                List<String> rows = new ArrayList<>();
                for (String[] pair : new String[][] {{"asl-1", "k-1"}, {"asl-1:k", "1"}, {"asl-1", ":k1"}}) {
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT operator_id, idem_key, status FROM idempotency WHERE key_digest = ?")) {
                        s.setObject(1, Idempotency.digest(pair[0], pair[1]));
                        try (ResultSet r = s.executeQuery()) {
                            rows.add(r.next() ? r.getString(1) + " " + r.getString(2) + " " + r.getInt(3) : "none");
                        }
                    }
                }
                return rows;
            });
            // The records moved to their digests, the same as the running sandbox computes; pairs that read the same
            // when glued together stay apart.
            assertEquals(List.of("asl-1 k-1 201", "asl-1:k 1 409", "none"), idempotency);
            List<String> found = database.read(c -> {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT c.state, c.team_number, c.region, k.kind,"
                        + " o.message_id FROM cards c JOIN secret_codes k ON k.card_id = c.card_id"
                        + " JOIN outbox o ON o.card_id = c.card_id WHERE c.card_id = ?")) {
                    s.setString(1, CARD);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " "
                                    + r.getString(4) + " " + r.getString(5));
                        }
                    }
                }
                return rows;
            });
            assertEquals(List.of("SHIPPED 80380000000000001000 090 PIN 0190f6a2-0000-7000-8000-000000000001"),
                    found);
            List<String> types = database.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE"
                             + " FROM INFORMATION_SCHEMA.COLUMNS WHERE DATA_TYPE = 'CHARACTER'"
                             + " AND TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                return rows;
            });
            // Only columns never searched on stay fixed-length.
            assertEquals(List.of("AUDIT_ENTRIES.HASH CHARACTER", "AUDIT_ENTRIES.PREVIOUS_HASH CHARACTER",
                    "HOLDERS.SEX CHARACTER"), types);
        }
    }

    private static List<String> operations(SandboxDatabase database, String card) {
        return database.read(c -> Journal.history(c, card).stream().map(Rows.HistoryRow::operation).toList());
    }
}
