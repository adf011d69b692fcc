package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CertificateState;
import io.tscns.core.StableCode;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code cards} table: {@link CardStore} over one JDBC connection. Not thread-safe, like its connection.
 */
final class JdbcCards implements CardStore {

    private static final String COLUMNS = "card_id, team_number, codice_fiscale, region, state, version,"
            + " expiry_date, certificate_serial, activation_mode, cip_failures, updated_at";

    private final Connection c;

    JdbcCards(Connection connection) {
        this.c = connection;
    }

    @Override
    public Optional<CardRecord> find(CardId cardId) {
        return first("SELECT " + COLUMNS + " FROM cards WHERE card_id = ?", cardId.value());
    }

    @Override
    public Optional<CardRecord> findByTeamNumber(TeamNumber teamNumber) {
        return first("SELECT " + COLUMNS + " FROM cards WHERE team_number = ?", teamNumber.value());
    }

    @Override
    public List<CardRecord> ofHolder(CodiceFiscale holder) {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM cards WHERE codice_fiscale = ? ORDER BY card_id")) {
            s.setString(1, holder.value());
            try (ResultSet r = s.executeQuery()) {
                List<CardRecord> cards = new ArrayList<>();
                while (r.next()) {
                    cards.add(card(r));
                }
                return cards;
            }
        } catch (SQLException e) {
            throw Sql.failed("read of a person's cards", e);
        }
    }

    @Override
    public boolean exists(CardId cardId) {
        return find(cardId).isPresent();
    }

    private Optional<CardRecord> first(String sql, String key) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(card(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failed("read of a card", e);
        }
    }

    private static CardRecord card(ResultSet r) throws SQLException {
        return new CardRecord(
                new CardId(r.getString(1)),
                new TeamNumber(r.getString(2)),
                CodiceFiscale.parse(r.getString(3)),
                r.getString(4),
                CardState.valueOf(r.getString(5)),
                r.getLong(6),
                r.getObject(7, LocalDate.class),
                Optional.ofNullable(r.getString(8)),
                Optional.ofNullable(r.getString(9)).map(id -> StableCode.byId(ActivationMode.class, id)),
                r.getInt(10),
                Sql.instant(r, 11));
    }

    @Override
    public void insert(CardRecord card) {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO cards (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, card.cardId().value());
            s.setString(2, card.teamNumber().value());
            s.setString(3, card.holder().value());
            s.setString(4, card.region());
            s.setString(5, card.state().name());
            s.setLong(6, card.version());
            s.setObject(7, card.expiryDate());
            Sql.setOptional(s, 8, card.certificateSerial());
            Sql.setOptional(s, 9, card.activationMode().map(ActivationMode::id));
            s.setInt(10, card.cipFailures());
            s.setObject(11, Sql.utc(card.updatedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("insert of a card", e);
        }
    }

    @Override
    public boolean update(CardRecord card) {
        try (PreparedStatement s = c.prepareStatement("UPDATE cards SET state = ?, activation_mode = ?,"
                + " cip_failures = ?, updated_at = ?, version = version + 1 WHERE card_id = ? AND version = ?")) {
            s.setString(1, card.state().name());
            Sql.setOptional(s, 2, card.activationMode().map(ActivationMode::id));
            s.setInt(3, card.cipFailures());
            s.setObject(4, Sql.utc(card.updatedAt()));
            s.setString(5, card.cardId().value());
            s.setLong(6, card.version());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failed("update of a card", e);
        }
    }

    @Override
    public void recordCertificateAction(CardId cardId, CertificateAction action, Instant at) {
        String text;
        if (action instanceof CertificateAction.Hold) {
            text = "hold";
        } else if (action instanceof CertificateAction.ReleaseHold) {
            text = "release";
        } else if (action instanceof CertificateAction.Revoke revoke) {
            text = "revoke:" + revoke.cause().name();
        } else {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE cards SET certificate_action = ?, certificate_action_at = ? WHERE card_id = ?")) {
            s.setString(1, text);
            s.setObject(2, Sql.utc(at));
            s.setString(3, cardId.value());
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("record of a certificate action", e);
        }
    }

    @Override
    public List<CertificateState> heldOrRevoked() {
        try (PreparedStatement s = c.prepareStatement("SELECT certificate_serial, certificate_action,"
                        + " certificate_action_at FROM cards WHERE certificate_serial IS NOT NULL"
                        + " AND (certificate_action = 'hold' OR certificate_action LIKE 'revoke:%') ORDER BY card_id");
                ResultSet r = s.executeQuery()) {
            List<CertificateState> states = new ArrayList<>();
            while (r.next()) {
                String text = r.getString(2);
                CertificateAction action = text.equals("hold")
                        ? new CertificateAction.Hold()
                        : new CertificateAction.Revoke(RevocationCause.valueOf(text.substring("revoke:".length())));
                states.add(new CertificateState(r.getString(1), action, Sql.instant(r, 3)));
            }
            return states;
        } catch (SQLException e) {
            throw Sql.failed("read of the certificate actions", e);
        }
    }
}
