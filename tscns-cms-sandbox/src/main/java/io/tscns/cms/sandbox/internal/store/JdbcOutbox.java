package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.DeliveryKind;
import io.tscns.cms.sandbox.internal.domain.OutboxStore;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.core.card.CardId;
import io.tscns.core.secret.RemoteChannel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code outbox} table: {@link OutboxStore} over one JDBC connection. Each message is a row whose payload (the
 * halves) is sealed with the {@link SecretCipher}, named by a {@link TimeOrderedIds time-ordered id} so that its index
 * grows at the end. Not thread-safe, like its connection.
 */
final class JdbcOutbox implements OutboxStore {

    private final Connection c;
    private final SecretCipher cipher;
    private final TimeOrderedIds ids;

    JdbcOutbox(Connection connection, SecretCipher cipher, TimeOrderedIds ids) {
        this.c = connection;
        this.cipher = cipher;
        this.ids = ids;
    }

    @Override
    public void send(CardId cardId, RemoteChannel channel, List<char[]> halves, Instant at) {
        String messageId = ids.next(at).toString();
        int length = 0;
        for (char[] half : halves) {
            length += half.length + 1;
        }
        byte[] plain = new byte[length];
        int position = 0;
        for (char[] half : halves) {
            for (char ch : half) {
                plain[position++] = (byte) ch;
            }
            plain[position++] = '\n';
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (message_id, card_id, channel, address,"
                + " sealed, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, messageId);
            s.setString(2, cardId.value());
            s.setString(3, DeliveryKind.of(channel).name());
            s.setString(4, channel.address());
            s.setBytes(5, cipher.seal(plain, "outbox:" + messageId));
            s.setObject(6, Sql.utc(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("write of an outbox message", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public List<SentMessage> to(Optional<String> address) {
        String sql = "SELECT message_id, card_id, channel, address, sealed, created_at FROM outbox"
                + (address.isEmpty() ? "" : " WHERE address = ?") + " ORDER BY id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (address.isPresent()) {
                s.setString(1, address.get());
            }
            try (ResultSet r = s.executeQuery()) {
                List<SentMessage> messages = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1);
                    byte[] plain = cipher.open(r.getBytes(5), "outbox:" + id);
                    RemoteChannel channel = DeliveryKind.valueOf(r.getString(3)).to(r.getString(4));
                    messages.add(
                            new SentMessage(id, new CardId(r.getString(2)), channel, split(plain), Sql.instant(r, 6)));
                    Arrays.fill(plain, (byte) 0);
                }
                return messages;
            }
        } catch (SQLException e) {
            throw Sql.failed("read of the outbox", e);
        }
    }

    private static List<char[]> split(byte[] plain) {
        List<char[]> halves = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] == '\n') {
                char[] half = new char[i - start];
                for (int j = 0; j < half.length; j++) {
                    half[j] = (char) plain[start + j];
                }
                halves.add(half);
                start = i + 1;
            }
        }
        return halves;
    }
}
