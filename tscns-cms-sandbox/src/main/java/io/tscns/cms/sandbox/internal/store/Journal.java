package io.tscns.cms.sandbox.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations history (<i>elenco cronologico delle operazioni</i>, DM 20 giugno 2011 Allegato 2), the FSE consent
 * decisions (<i>consensi</i>) and the filed re-issue and emission requests. Stateless; thread-safe.
 */
public final class Journal {

    private Journal() {
    }

    /**
     * Appends a history line.
     *
     * @param c             connection
     * @param cardId        the card, or {@code null} for an operation on a person
     * @param codiceFiscale the person, or {@code null}
     * @param row           the line
     * @throws SQLException on a database error
     */
    public static void record(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row)
            throws SQLException {
        insert(c, cardId, codiceFiscale, row, false);
    }

    /**
     * Appends a history line for a card whose state after the operation is the state the card has now in this
     * transaction, read by the same statement (no separate query of the card).
     *
     * @param c             connection
     * @param cardId        the card
     * @param codiceFiscale the person, or {@code null}
     * @param row           the line; its {@code stateAfter} is ignored
     * @throws SQLException on a database error
     */
    public static void recordAtCurrentState(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row)
            throws SQLException {
        insert(c, cardId, codiceFiscale, row, true);
    }

    private static void insert(Connection c, String cardId, String codiceFiscale, Rows.HistoryRow row,
            boolean stateFromCard) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO operations (card_id, codice_fiscale, operation,"
                + " outcome, state_after, operator_id, performed_at, request_id) VALUES (?, ?, ?, ?, "
                + (stateFromCard ? "(SELECT state FROM cards WHERE card_id = ?)" : "?") + ", ?, ?, ?)")) {
            s.setString(1, cardId);
            s.setString(2, codiceFiscale);
            s.setString(3, row.operation());
            s.setString(4, row.outcome());
            s.setString(5, stateFromCard ? cardId : row.stateAfter().orElse(null));
            s.setString(6, row.operatorId());
            s.setObject(7, Cards.utc(row.at()));
            s.setString(8, row.requestId().orElse(null));
            s.executeUpdate();
        }
    }

    /**
     * Reads a card's history, oldest first.
     *
     * @param c      connection
     * @param cardId the card
     * @return the lines
     * @throws SQLException on a database error
     */
    public static List<Rows.HistoryRow> history(Connection c, String cardId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT operation, outcome, state_after, operator_id,"
                + " performed_at, request_id, id FROM operations WHERE card_id = ? ORDER BY id")) {
            s.setString(1, cardId);
            try (ResultSet r = s.executeQuery()) {
                List<Rows.HistoryRow> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Rows.HistoryRow(r.getLong(7), r.getString(1), r.getString(2),
                            Optional.ofNullable(r.getString(3)),
                            r.getString(4), r.getObject(5, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(r.getString(6))));
                }
                return rows;
            }
        }
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
