package io.tscns.cms.sandbox.internal.store;

import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.core.secret.SecretCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cards, holders and their sealed secret codes. Stateless apart from the cipher; every method works on the
 * connection given. Thread-safe.
 */
public final class Cards {

    private static final String CARD_COLUMNS = "card_id, team_number, codice_fiscale, region, state, version,"
            + " expiry_date, certificate_serial, activation_mode, cip_failures, updated_at";

    private final SecretCipher cipher;

    /**
     * Creates the table access.
     *
     * @param cipher seals and opens secret codes
     */
    public Cards(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Inserts or replaces a holder's personal data.
     *
     * @param c      connection
     * @param holder the holder
     * @throws SQLException on a database error
     */
    public void putHolder(Connection c, Rows.HolderRow holder) throws SQLException {
        // Update, else insert: holders are written only by the sandbox's single writer, so nothing comes between.
        try (PreparedStatement update = c.prepareStatement("UPDATE holders SET surname = ?, given_name = ?,"
                + " birth_date = ?, sex = ?, birth_place = ? WHERE codice_fiscale = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO holders (surname, given_name, birth_date, sex,"
                + " birth_place, codice_fiscale) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PreparedStatement s : List.of(update, insert)) {
                s.setString(1, holder.surname());
                s.setString(2, holder.givenName());
                s.setObject(3, holder.birthDate());
                s.setString(4, holder.sex());
                s.setString(5, holder.birthPlace());
                s.setString(6, holder.codiceFiscale());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        }
    }

    /**
     * Inserts a new card.
     *
     * @param c    connection
     * @param card the card
     * @throws SQLException on a database error, or if the card id or TEAM number exists
     */
    public void insertCard(Connection c, Rows.CardRow card) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cards (" + CARD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, card.cardId());
            s.setString(2, card.teamNumber());
            s.setString(3, card.codiceFiscale());
            s.setString(4, card.region());
            s.setString(5, card.state().name());
            s.setLong(6, card.version());
            s.setObject(7, card.expiryDate());
            s.setString(8, card.certificateSerial().orElse(null));
            s.setString(9, card.activationMode().orElse(null));
            s.setInt(10, card.cipFailures());
            s.setObject(11, utc(card.updatedAt()));
            s.executeUpdate();
        }
    }

    /**
     * Tells whether a card exists.
     *
     * @param c      connection
     * @param cardId card id
     * @return whether it exists
     * @throws SQLException on a database error
     */
    public boolean exists(Connection c, String cardId) throws SQLException {
        return card(c, cardId).isPresent();
    }

    /**
     * Reads a card.
     *
     * @param c      connection
     * @param cardId card id
     * @return the card, or empty
     * @throws SQLException on a database error
     */
    public Optional<Rows.CardRow> card(Connection c, String cardId) throws SQLException {
        return first(c, "SELECT " + CARD_COLUMNS + " FROM cards WHERE card_id = ?", cardId);
    }

    /**
     * Reads a card by TEAM number.
     *
     * @param c          connection
     * @param teamNumber TEAM number
     * @return the card, or empty
     * @throws SQLException on a database error
     */
    public Optional<Rows.CardRow> cardByTeam(Connection c, String teamNumber) throws SQLException {
        return first(c, "SELECT " + CARD_COLUMNS + " FROM cards WHERE team_number = ?", teamNumber);
    }

    /**
     * Lists a person's cards.
     *
     * @param c             connection
     * @param codiceFiscale the person
     * @return the cards, by card id
     * @throws SQLException on a database error
     */
    public List<Rows.CardRow> cardsOf(Connection c, String codiceFiscale) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM cards WHERE codice_fiscale = ? ORDER BY card_id")) {
            s.setString(1, codiceFiscale);
            try (ResultSet r = s.executeQuery()) {
                List<Rows.CardRow> cards = new ArrayList<>();
                while (r.next()) {
                    cards.add(card(r));
                }
                return cards;
            }
        }
    }

    private Optional<Rows.CardRow> first(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(card(r)) : Optional.empty();
            }
        }
    }

    private static Rows.CardRow card(ResultSet r) throws SQLException {
        return new Rows.CardRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                CardState.valueOf(r.getString(5)), r.getLong(6), r.getObject(7, LocalDate.class),
                Optional.ofNullable(r.getString(8)), Optional.ofNullable(r.getString(9)), r.getInt(10),
                r.getObject(11, OffsetDateTime.class).toInstant());
    }

    /**
     * Updates a card's state, activation mode and CIP failures if its version is still the one read; the version
     * goes up by one.
     *
     * @param c    connection
     * @param card the new values, with the version read
     * @return whether the row was updated (false: someone changed it since)
     * @throws SQLException on a database error
     */
    public boolean update(Connection c, Rows.CardRow card) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cards SET state = ?, activation_mode = ?,"
                + " cip_failures = ?, updated_at = ?, version = version + 1 WHERE card_id = ? AND version = ?")) {
            s.setString(1, card.state().name());
            if (card.activationMode().isPresent()) {
                s.setString(2, card.activationMode().get());
            } else {
                s.setNull(2, Types.VARCHAR);
            }
            s.setInt(3, card.cipFailures());
            s.setObject(4, utc(card.updatedAt()));
            s.setString(5, card.cardId());
            s.setLong(6, card.version());
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Reads a holder.
     *
     * @param c             connection
     * @param codiceFiscale codice fiscale
     * @return the holder, or empty
     * @throws SQLException on a database error
     */
    public Optional<Rows.HolderRow> holder(Connection c, String codiceFiscale) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT codice_fiscale, surname, given_name, birth_date, sex,"
                + " birth_place FROM holders WHERE codice_fiscale = ?")) {
            s.setString(1, codiceFiscale);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Rows.HolderRow(r.getString(1), r.getString(2), r.getString(3),
                        r.getObject(4, LocalDate.class), r.getString(5), r.getString(6)));
            }
        }
    }

    /**
     * Seals and stores (or replaces) a card's code.
     *
     * @param c      connection
     * @param cardId the card
     * @param code   the code (not destroyed here)
     * @throws SQLException on a database error
     */
    public void putCode(Connection c, String cardId, SecretCode code) throws SQLException {
        byte[] plain = code.toAsciiBytes();
        try (PreparedStatement update = c.prepareStatement(
                     "UPDATE secret_codes SET sealed = ? WHERE card_id = ? AND kind = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO secret_codes (sealed, card_id, kind) VALUES (?, ?, ?)")) {
            byte[] sealed = cipher.seal(plain, associated(cardId, code.kind()));
            for (PreparedStatement s : List.of(update, insert)) {
                s.setBytes(1, sealed);
                s.setString(2, cardId);
                s.setString(3, code.kind().name());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Opens a card's code.
     *
     * @param c      connection
     * @param cardId the card
     * @param kind   which code
     * @return the code, which the caller destroys; empty if none is stored
     * @throws SQLException on a database error
     */
    public Optional<SecretCode> code(Connection c, String cardId, CodeKind kind) throws SQLException {
        return Optional.ofNullable(codes(c, cardId, EnumSet.of(kind)).get(kind));
    }

    /**
     * Opens some of a card's stored codes with one query (an activation releases all three, a reprint PIN and PUK).
     * Only the kinds asked for are decrypted.
     *
     * @param c      connection
     * @param cardId the card
     * @param kinds  the codes wanted
     * @return the stored codes by kind, which the caller destroys; a kind not stored is absent
     * @throws SQLException on a database error
     */
    public Map<CodeKind, SecretCode> codes(Connection c, String cardId, Set<CodeKind> kinds) throws SQLException {
        Map<CodeKind, byte[]> sealed = new EnumMap<>(CodeKind.class);
        try (PreparedStatement s = c.prepareStatement("SELECT kind, sealed FROM secret_codes WHERE card_id = ?")) {
            s.setString(1, cardId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CodeKind kind = CodeKind.valueOf(r.getString(1));
                    if (kinds.contains(kind)) {
                        sealed.put(kind, r.getBytes(2));
                    }
                }
            }
        }
        Map<CodeKind, SecretCode> codes = new EnumMap<>(CodeKind.class);
        try {
            for (Map.Entry<CodeKind, byte[]> entry : sealed.entrySet()) {
                codes.put(entry.getKey(), open(cardId, entry.getKey(), entry.getValue()));
            }
        } catch (RuntimeException e) {
            codes.values().forEach(SecretCode::destroy);
            throw e;
        }
        return codes;
    }

    private SecretCode open(String cardId, CodeKind kind, byte[] sealed) {
        byte[] plain = cipher.open(sealed, associated(cardId, kind));
        CharBuffer chars = StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(plain));
        char[] text = new char[chars.remaining()];
        chars.get(text);
        Arrays.fill(plain, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        try {
            return switch (kind) {
                case PIN -> Pin.parse(text);
                case PUK -> Puk.parse(text);
                case CIP -> Cip.parse(text);
            };
        } finally {
            Arrays.fill(text, '\0');
        }
    }

    /**
     * What the certificate of a card has last been asked (<i>stato del certificato presso la CA</i>): held or
     * revoked with a cause, and when, so that the test CA's registry can be rebuilt after a restart.
     *
     * @param certificateSerial the certificate's serial, lower-case hex
     * @param action            the action
     * @param at                when the CMS decided it
     */
    public record CertificateState(String certificateSerial, CertificateAction action, Instant at) {
    }

    /**
     * Records the certificate action of a card's last transition, in the same transaction as the transition.
     *
     * @param c      the writer's connection
     * @param cardId the card
     * @param action the action ({@code None} leaves the last one standing)
     * @param at     when
     * @throws SQLException on a database error
     */
    public void recordCertificateAction(Connection c, String cardId, CertificateAction action, Instant at)
            throws SQLException {
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
            s.setObject(2, utc(at));
            s.setString(3, cardId);
            s.executeUpdate();
        }
    }

    /**
     * Lists the certificates that are held or revoked.
     *
     * @param c a connection
     * @return their states, in card order
     * @throws SQLException on a database error
     */
    public List<CertificateState> heldOrRevoked(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT certificate_serial, certificate_action,"
                + " certificate_action_at FROM cards WHERE certificate_serial IS NOT NULL"
                + " AND (certificate_action = 'hold' OR certificate_action LIKE 'revoke:%') ORDER BY card_id");
             ResultSet r = s.executeQuery()) {
            List<CertificateState> states = new ArrayList<>();
            while (r.next()) {
                String text = r.getString(2);
                CertificateAction action = text.equals("hold") ? new CertificateAction.Hold()
                        : new CertificateAction.Revoke(RevocationCause.valueOf(text.substring("revoke:".length())));
                states.add(new CertificateState(r.getString(1), action,
                        r.getObject(3, OffsetDateTime.class).toInstant()));
            }
            return states;
        }
    }

    private static String associated(String cardId, CodeKind kind) {
        return "code:" + cardId + ":" + kind.name();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
