package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card's history: lines come back oldest first and per card however the cards' lines interleave, and the state
 * after is the card's own when the line asks for it.
 */
class JournalTest {

    private static final String CARD = "6090000000001000";
    private static final String OTHER = "6090000000002000";
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private SandboxDatabase database;
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        database = SandboxDatabase.inMemory();
        c = database.writer();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                    + " 'A562')");
            for (String card : List.of(CARD, OTHER)) {
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('" + card + "', '8038" + card
                        + "', 'RSSMRA85T10A562S', '090', 'SHIPPED', 0, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
            }
        }
        c.commit();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Rows.HistoryRow line(String operation, String stateAfter) {
        return new Rows.HistoryRow(0, operation, "succeeded", Optional.ofNullable(stateAfter), "asl-1", AT,
                Optional.of("req-" + operation));
    }

    private List<String> history(String card) throws SQLException {
        return Journal.history(c, card).stream().map(r -> r.operation() + "/" + r.stateAfter().orElse("-")).toList();
    }

    @Test
    void eachCardReadsItsOwnLinesOldestFirst() throws SQLException {
        Journal.record(c, CARD, null, line("shipped", "SHIPPED"));
        Journal.record(c, OTHER, null, line("issued", "ISSUED"));
        Journal.recordAtCurrentState(c, CARD, null, line("activation", "ignored"));
        Journal.record(c, OTHER, null, line("shipped", "SHIPPED"));
        Journal.record(c, CARD, null, line("reprint", "ACTIVE"));
        c.commit();
        assertEquals(List.of("shipped/SHIPPED", "activation/SHIPPED", "reprint/ACTIVE"), history(CARD));
        assertEquals(List.of("issued/ISSUED", "shipped/SHIPPED"), history(OTHER));
        List<Rows.HistoryRow> lines = Journal.history(c, CARD);
        assertTrue(lines.get(0).sequence() < lines.get(1).sequence()
                && lines.get(1).sequence() < lines.get(2).sequence(), "sequence numbers increase");
        assertEquals(Optional.of("req-activation"), lines.get(1).requestId());
    }
}
