package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.ConsentStore;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.FseRegime;
import io.tscns.core.person.CodiceFiscale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code consents} table: {@link ConsentStore} over one JDBC connection. Not thread-safe, like its connection. */
final class JdbcConsents implements ConsentStore {

    private final Connection c;

    JdbcConsents(Connection connection) {
        this.c = connection;
    }

    @Override
    public List<ConsentRecord> of(CodiceFiscale citizen) {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, status, regime, recorded_at" + " FROM consents WHERE codice_fiscale = ? ORDER BY id")) {
            s.setString(1, citizen.value());
            try (ResultSet r = s.executeQuery()) {
                List<ConsentRecord> records = new ArrayList<>();
                while (r.next()) {
                    records.add(new ConsentRecord(
                            citizen,
                            ConsentKind.valueOf(r.getString(1)),
                            ConsentStatus.valueOf(r.getString(2)),
                            Sql.instant(r, 4),
                            FseRegime.valueOf(r.getString(3))));
                }
                return records;
            }
        } catch (SQLException e) {
            throw Sql.failed("read of consents", e);
        }
    }

    @Override
    public void append(ConsentRecord record, CardId presented, String operatorId) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consents (codice_fiscale, card_id, kind, status,"
                + " regime, recorded_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, record.citizen().value());
            s.setString(2, presented.value());
            s.setString(3, record.kind().name());
            s.setString(4, record.status().name());
            s.setString(5, record.regime().name());
            s.setObject(6, Sql.utc(record.recordedAt()));
            s.setString(7, operatorId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("write of a consent", e);
        }
    }
}
