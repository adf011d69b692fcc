package io.tscns.cms.sandbox.internal.store;

import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditDetails;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditHash;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSeal;
import io.tscns.core.audit.AuditSealer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's persistent copy of the core audit chain (<i>registro delle operazioni</i>): one row per
 * {@link AuditEntry}, sealed by an {@link AuditSealer} against the head the database really has, inside the same
 * transaction as the operation it traces. Only the {@link WriteQueue}'s single writer appends, so the chain is strictly
 * ordered. Stateless; every method works on the connection given.
 */
final class AuditLog {

    /**
     * The range of the {@code recorded_at} column (years 1 to 9999); the entry's exact instant is kept in
     * {@code instant_text}, which the chain's hash covers.
     */
    private static final Instant MIN_COLUMN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant MAX_COLUMN_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private AuditLog() {}

    static AuditChainHead head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")) {
            if (!rows.next()) {
                return AuditChainHead.GENESIS;
            }
            return new AuditChainHead(rows.getLong(1), AuditHash.parseHex(rows.getString(2)));
        }
    }

    static AuditEntry append(Connection connection, AuditSealer sealer, AuditChainHead head, AuditRecord record)
            throws SQLException {
        AuditEntry entry = sealer.seal(head, record);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_entries (seq, previous_hash, hash, seal, operator_id, recorded_at, instant_text,"
                        + " operation, card_id, codice_fiscale, outcome, request_id, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setString(2, entry.previousHash().toHex());
            insert.setString(3, entry.hash().toHex());
            insert.setString(4, entry.seal().toString());
            insert.setString(5, record.operatorId());
            insert.setObject(6, OffsetDateTime.ofInstant(clamp(record.instant()), ZoneOffset.UTC));
            insert.setString(7, record.instant().toString());
            insert.setString(8, record.operation());
            setOptional(insert, 9, record.cardId());
            setOptional(insert, 10, record.codiceFiscale());
            insert.setString(11, record.outcome().toText());
            setOptional(insert, 12, record.requestId());
            insert.setString(13, record.details().toText());
            insert.executeUpdate();
        }
        return entry;
    }

    private static Instant clamp(Instant instant) {
        if (instant.isBefore(MIN_COLUMN_INSTANT)) {
            return MIN_COLUMN_INSTANT;
        }
        return instant.isAfter(MAX_COLUMN_INSTANT) ? MAX_COLUMN_INSTANT : instant;
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * Reads the entries that follow an entry, in chain order.
     *
     * @param connection connection
     * @param after      the sequence number they follow (0: from the first)
     * @param count      how many at most
     * @return the entries, at most {@code count}
     * @throws SQLException on a database error
     */
    static List<AuditEntry> page(Connection connection, long after, int count) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>(Math.min(count, 1024));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT seq, previous_hash, hash, seal, operator_id, instant_text, operation, card_id,"
                        + " codice_fiscale, outcome, request_id, details FROM audit_entries WHERE seq > ?"
                        + " ORDER BY seq LIMIT ?")) {
            statement.setLong(1, after);
            statement.setInt(2, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    AuditRecord record = new AuditRecord(
                            rows.getString(5),
                            Instant.parse(rows.getString(6)),
                            rows.getString(7),
                            Optional.ofNullable(rows.getString(8)),
                            Optional.ofNullable(rows.getString(9)),
                            AuditOutcome.parse(rows.getString(10)),
                            Optional.ofNullable(rows.getString(11)),
                            AuditDetails.parse(rows.getString(12)));
                    entries.add(new AuditEntry(
                            rows.getLong(1),
                            AuditHash.parseHex(rows.getString(2)),
                            record,
                            AuditHash.parseHex(rows.getString(3)),
                            AuditSeal.parse(rows.getString(4))));
                }
            }
        }
        return entries;
    }

    /**
     * Returns the head of the chain as it was right after an entry.
     *
     * @param connection connection
     * @param sequence   the entry's sequence number (0: the genesis head, before any entry)
     * @return the head, or empty if the chain has no such entry
     * @throws SQLException on a database error
     */
    static Optional<AuditChainHead> headAt(Connection connection, long sequence) throws SQLException {
        if (sequence == 0) {
            return Optional.of(AuditChainHead.GENESIS);
        }
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT hash FROM audit_entries WHERE seq = ?")) {
            statement.setLong(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new AuditChainHead(sequence, AuditHash.parseHex(rows.getString(1))))
                        : Optional.empty();
            }
        }
    }
}
