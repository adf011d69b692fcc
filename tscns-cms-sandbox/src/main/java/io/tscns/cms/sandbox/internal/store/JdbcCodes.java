package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.CodeStore;
import io.tscns.core.card.CardId;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code secret_codes} table: {@link CodeStore} over one JDBC connection, each code sealed with the
 * {@link SecretCipher} under associated data naming its card and kind, so a sealed PIN moved to another card's row
 * or into the PUK's fails to open. Not thread-safe, like its connection.
 */
final class JdbcCodes implements CodeStore {

    private final Connection c;
    private final SecretCipher cipher;

    JdbcCodes(Connection connection, SecretCipher cipher) {
        this.c = connection;
        this.cipher = cipher;
    }

    @Override
    public void put(CardId cardId, SecretCode code) {
        byte[] plain = code.toAsciiBytes();
        try (PreparedStatement update =
                        c.prepareStatement("UPDATE secret_codes SET sealed = ? WHERE card_id = ? AND kind = ?");
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO secret_codes (sealed, card_id, kind) VALUES (?, ?, ?)")) {
            byte[] sealed = cipher.seal(plain, associated(cardId, code.kind()));
            for (PreparedStatement s : List.of(update, insert)) {
                s.setBytes(1, sealed);
                s.setString(2, cardId.value());
                s.setString(3, code.kind().name());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("write of a code", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * {@inheritDoc} One query reads the card's sealed codes; only the kinds asked for are decrypted (a reprint does
     * not open the CIP).
     */
    @Override
    public Map<CodeKind, SecretCode> open(CardId cardId, Set<CodeKind> kinds) {
        Map<CodeKind, byte[]> sealed = new EnumMap<>(CodeKind.class);
        try (PreparedStatement s = c.prepareStatement("SELECT kind, sealed FROM secret_codes WHERE card_id = ?")) {
            s.setString(1, cardId.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CodeKind kind = CodeKind.valueOf(r.getString(1));
                    if (kinds.contains(kind)) {
                        sealed.put(kind, r.getBytes(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("read of a card's codes", e);
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

    private SecretCode open(CardId cardId, CodeKind kind, byte[] sealed) {
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

    private static String associated(CardId cardId, CodeKind kind) {
        return "code:" + cardId.value() + ":" + kind.name();
    }
}
