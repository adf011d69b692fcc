package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.CardLine;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code operations} table, the cards' histories, with their counter records ({@link CounterRecordRows}): {@link HistoryStore} over one JDBC connection. A line records
 * its operation by audit code and its outcome as the audit chain writes it ({@code succeeded},
 * {@code refused:<code>}). Not thread-safe, like its connection.
 */
final class JdbcHistory implements HistoryStore {

    private final Connection c;

    JdbcHistory(Connection connection) {
        this.c = connection;
    }

    @Override
    public void append(CardId cardId, Optional<CodiceFiscale> person, HistoryLine line) {
        insert(cardId, person, line, false);
    }

    /**
     * {@inheritDoc} The state is read by the insert itself (no separate query of the card).
     */
    @Override
    public void appendAtCurrentState(CardId cardId, Optional<CodiceFiscale> person, HistoryLine line) {
        insert(cardId, person, line, true);
    }

    private void insert(CardId cardId, Optional<CodiceFiscale> person, HistoryLine line, boolean stateFromCard) {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO operations (card_id, codice_fiscale, operation,"
                        + " outcome, state_after, operator_id, performed_at, request_id) VALUES (?, ?, ?, ?, "
                        + (stateFromCard ? "(SELECT state FROM cards WHERE card_id = ?)" : "?") + ", ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, cardId.value());
            Sql.setOptional(s, 2, person.map(CodiceFiscale::value));
            s.setString(3, line.operation().auditCode());
            s.setString(4, line.outcome().toText());
            if (stateFromCard) {
                s.setString(5, cardId.value());
            } else {
                Sql.setOptional(s, 5, line.stateAfter().map(CardState::name));
            }
            s.setString(6, line.operatorId());
            s.setObject(7, Sql.utc(line.at()));
            Sql.setOptional(s, 8, line.requestId());
            s.executeUpdate();
            if (line.counterRecord().isPresent()) {
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    CounterRecordRows.insert(
                            c, keys.getLong(1), line.counterRecord().get());
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("write of a history line", e);
        }
    }

    @Override
    public List<HistoryLine> of(CardId cardId) {
        return lines("o.card_id = ?", cardId.value()).stream()
                .map(CardLine::line)
                .toList();
    }

    @Override
    public List<CardLine> ofPerson(CodiceFiscale person) {
        return lines("o.codice_fiscale = ? AND o.card_id IS NOT NULL", person.value());
    }

    private List<CardLine> lines(String condition, String key) {
        try (PreparedStatement s = c.prepareStatement("SELECT o.operation, o.outcome, o.state_after, o.operator_id,"
                + " o.performed_at, o.request_id, o.id, o.codice_fiscale, o.card_id, " + CounterRecordRows.COLUMNS
                + " FROM operations o" + CounterRecordRows.JOIN + " WHERE " + condition + " ORDER BY o.id")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                List<CardLine> lines = new ArrayList<>();
                while (r.next()) {
                    String code = r.getString(1);
                    Operation operation = Operation.byAuditCode(code)
                            .orElseThrow(
                                    () -> new SandboxStoreException("unknown operation in the history: " + code, null));
                    HistoryLine line = new HistoryLine(
                            r.getLong(7),
                            operation,
                            AuditOutcome.parse(r.getString(2)),
                            Optional.ofNullable(r.getString(3)).map(CardState::valueOf),
                            r.getString(4),
                            Sql.instant(r, 5),
                            Optional.ofNullable(r.getString(6)),
                            Optional.ofNullable(r.getString(8)).map(CodiceFiscale::parse),
                            CounterRecordRows.read(r, 10));
                    lines.add(new CardLine(new CardId(r.getString(9)), line));
                }
                return lines;
            }
        } catch (SQLException e) {
            throw Sql.failed("read of a history", e);
        }
    }
}
