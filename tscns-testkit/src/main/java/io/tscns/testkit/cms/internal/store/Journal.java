package io.tscns.testkit.cms.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations history (<i>elenco cronologico delle operazioni</i>, DM 20 giugno 2011 Allegato 2), the FSE consent
 * decisions (<i>consensi</i>) and the filed re-issue and emission requests. Stateless; thread-safe.
 */
public final class Journal {

    /** The column whose generated value an insert into {@code operations} returns. */
    private static final String[] GENERATED_ID = {"ID"};

    private Journal() {
    }

    /**
     * Appends a line to a card's history.
     *
     * @param c             connection
     * @param cardId        the card; a card that does not exist has no history, and nothing is written
     * @param codiceFiscale the person, or {@code null}
     * @param row           the line
     * @throws SQLException on a database error
     */
    public static void record(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row)
            throws SQLException {
        insert(c, cardId, codiceFiscale, row, false);
    }

    /**
     * Appends a line to a card's history whose state after the operation is the state the card has now in this
     * transaction, read by the same statement (no separate query of the card).
     *
     * @param c             connection
     * @param cardId        the card; a card that does not exist has no history, and nothing is written
     * @param codiceFiscale the person, or {@code null}
     * @param row           the line; its {@code stateAfter} is ignored
     * @throws SQLException on a database error
     */
    public static void recordAtCurrentState(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row)
            throws SQLException {
        insert(c, cardId, codiceFiscale, row, true);
    }

    /**
     * The history is a chain: each line keeps the id of the card's line before it ({@code previous_id}) and the card
     * row keeps its last ({@code last_operation_id}). Appending writes the table's last page and the card's row,
     * never an index page picked by the card id (migration V6 says why).
     */
    private static void insert(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row,
            boolean stateFromCard) throws SQLException {
        Objects.requireNonNull(cardId, "cardId");
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO operations (card_id, codice_fiscale, operation,"
                + " outcome, state_after, operator_id, at, request_id, previous_id) SELECT card_id, ?, ?, ?, "
                + (stateFromCard ? "state" : "?") + ", ?, ?, ?, last_operation_id FROM cards WHERE card_id = ?",
                GENERATED_ID)) {
            int i = 0;
            s.setString(++i, codiceFiscale);
            s.setString(++i, row.operation());
            s.setString(++i, row.outcome());
            if (!stateFromCard) {
                s.setString(++i, row.stateAfter().orElse(null));
            }
            s.setString(++i, row.operatorId());
            s.setObject(++i, Cards.utc(row.at()));
            s.setString(++i, row.requestId().orElse(null));
            s.setString(++i, cardId);
            if (s.executeUpdate() == 0) {
                return;
            }
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE cards SET last_operation_id = ? WHERE card_id = ?")) {
            s.setLong(1, id);
            s.setString(2, cardId);
            s.executeUpdate();
        }
    }

    /**
     * Reads a card's history, oldest first, following its chain back from the card's last line. Each step reads one
     * line by its primary key; the lines of a chain never change once committed, so reading them one by one is
     * consistent.
     *
     * @param c      connection
     * @param cardId the card
     * @return the lines (none for an unknown card)
     * @throws SQLException on a database error
     */
    public static List<Rows.HistoryRow> history(Connection c, String cardId) throws SQLException {
        long next;
        try (PreparedStatement s = c.prepareStatement("SELECT last_operation_id FROM cards WHERE card_id = ?")) {
            s.setString(1, cardId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return List.of();
                }
                next = r.getLong(1);
                if (r.wasNull()) {
                    return List.of();
                }
            }
        }
        List<Rows.HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT operation, outcome, state_after, operator_id, at,"
                + " request_id, previous_id FROM operations WHERE id = ?")) {
            while (true) {
                s.setLong(1, next);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("the history of card " + cardId + " links to line " + next
                                + ", which does not exist");
                    }
                    rows.add(new Rows.HistoryRow(next, r.getString(1), r.getString(2),
                            Optional.ofNullable(r.getString(3)), r.getString(4),
                            r.getObject(5, OffsetDateTime.class).toInstant(), Optional.ofNullable(r.getString(6))));
                    next = r.getLong(7);
                    if (r.wasNull()) {
                        break;
                    }
                }
            }
        }
        Collections.reverse(rows);
        return rows;
    }

    /**
     * Appends a consent decision.
     *
     * @param c             connection
     * @param codiceFiscale the citizen
     * @param cardId        the card presented
     * @param row           the decision
     * @throws SQLException on a database error
     */
    public static void consent(Connection c, String codiceFiscale, String cardId, Rows.ConsentRow row)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consents (codice_fiscale, card_id, kind, status,"
                + " regime, recorded_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, codiceFiscale);
            s.setString(2, cardId);
            s.setString(3, row.kind());
            s.setString(4, row.status());
            s.setString(5, row.regime());
            s.setObject(6, Cards.utc(row.recordedAt()));
            s.setString(7, row.operatorId());
            s.executeUpdate();
        }
    }

    /**
     * Reads a citizen's consent decisions, oldest first.
     *
     * @param c             connection
     * @param codiceFiscale the citizen
     * @return the decisions
     * @throws SQLException on a database error
     */
    public static List<Rows.ConsentRow> consents(Connection c, String codiceFiscale) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kind, status, regime, recorded_at, operator_id"
                + " FROM consents WHERE codice_fiscale = ? ORDER BY id")) {
            s.setString(1, codiceFiscale);
            try (ResultSet r = s.executeQuery()) {
                List<Rows.ConsentRow> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Rows.ConsentRow(r.getString(1), r.getString(2), r.getString(3),
                            r.getObject(4, OffsetDateTime.class).toInstant(), r.getString(5)));
                }
                return rows;
            }
        }
    }

    /**
     * Files a re-issue or emission request.
     *
     * @param c             connection
     * @param requestId     its id
     * @param kind          {@code reissue}, {@code emission-newborn} or {@code emission-immigrant}
     * @param codiceFiscale the person
     * @param reason        the reason id
     * @param operatorId    the operator
     * @param at            when
     * @throws SQLException on a database error
     */
    public static void fileRequest(Connection c, String requestId, String kind, String codiceFiscale, String reason,
            String operatorId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, requestId);
            s.setString(2, kind);
            s.setString(3, codiceFiscale);
            s.setString(4, reason);
            s.setString(5, operatorId);
            s.setObject(6, Cards.utc(at));
            s.executeUpdate();
        }
    }
}
