package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardState;
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

    private static final CardId CARD = new CardId("6090000000001000");
    private static final CardId OTHER = new CardId("6090000000002000");
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private SandboxDatabase database;
    private Connection c;
    private JdbcHistory journal;

    @BeforeEach
    void open() throws SQLException {
        database = SandboxDatabase.inMemory();
        c = database.writer();
        journal = new JdbcHistory(c);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                    + " 'A562')");
            for (CardId card : List.of(CARD, OTHER)) {
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('" + card.value() + "', '8038" + card.value()
                        + "', 'RSSMRA85T10A562S', '090', 'SHIPPED', 0, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
            }
        }
        c.commit();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static HistoryLine line(Operation operation, CardState stateAfter) {
        return HistoryLine.of(
                operation,
                new AuditOutcome.Succeeded(),
                Optional.ofNullable(stateAfter),
                "asl-1",
                AT,
                Optional.of("req-" + operation.auditCode()));
    }

    private List<String> history(CardId card) {
        return journal.of(card).stream()
                .map(r -> r.operation() + "/"
                        + r.stateAfter().map(CardState::name).orElse("-"))
                .toList();
    }

    @Test
    void eachCardReadsItsOwnLinesOldestFirst() throws SQLException {
        journal.append(CARD, Optional.empty(), line(Operation.EMISSION, CardState.SHIPPED));
        journal.append(OTHER, Optional.empty(), line(Operation.REISSUE, CardState.ISSUED));
        journal.appendAtCurrentState(CARD, Optional.empty(), line(Operation.ACTIVATE, CardState.REVOKED));
        journal.append(OTHER, Optional.empty(), line(Operation.EMISSION, CardState.SHIPPED));
        journal.append(CARD, Optional.empty(), line(Operation.REPRINT, CardState.ACTIVE));
        c.commit();
        assertEquals(List.of("EMISSION/SHIPPED", "ACTIVATE/SHIPPED", "REPRINT/ACTIVE"), history(CARD));
        assertEquals(List.of("REISSUE/ISSUED", "EMISSION/SHIPPED"), history(OTHER));
        List<HistoryLine> lines = journal.of(CARD);
        assertTrue(
                lines.get(0).sequence() < lines.get(1).sequence()
                        && lines.get(1).sequence() < lines.get(2).sequence(),
                "sequence numbers increase");
        assertEquals(Optional.of("req-card.activate"), lines.get(1).requestId());
    }
}
