package io.tscns.cms.sandbox.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sandbox's delivery channel for the remote halves of the codes (<i>seconda parte dei codici</i>, sent by e-mail
 * or SMS in a real CMS): each message is a row whose payload (the halves) is sealed with the {@link SecretCipher}.
 * Thread-safe.
 */
public final class Outbox {

    /**
     * A stored message, opened.
     *
     * @param messageId  message id
     * @param cardId     card the codes belong to
     * @param channel    {@code EMAIL} or {@code SMS}
     * @param address    the full address
     * @param halves     the remote halves in order PIN, PUK, CIP (an empty array for a code not sent); the caller
     *                   wipes them
     * @param createdAt  when it was queued
     */
    public record Message(String messageId, String cardId, String channel, String address, List<char[]> halves,
            Instant createdAt) {
    }

    private final SecretCipher cipher;

    /**
     * Creates the table access.
     *
     * @param cipher seals payloads
     */
    public Outbox(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Queues a message.
     *
     * @param c         connection
     * @param messageId message id (a UUID)
     * @param cardId    the card
     * @param channel   {@code EMAIL} or {@code SMS}
     * @param address   the full address
     * @param halves    the remote halves, PIN, PUK, CIP (not wiped here)
     * @param at        when
     * @throws SQLException on a database error
     */
    public void send(Connection c, String messageId, String cardId, String channel, String address,
            List<char[]> halves, Instant at) throws SQLException {
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
            s.setString(2, cardId);
            s.setString(3, channel);
            s.setString(4, address);
            s.setBytes(5, cipher.seal(plain, "outbox:" + messageId));
            s.setObject(6, Cards.utc(at));
            s.executeUpdate();
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Reads the messages sent to an address, or all messages, oldest first.
     *
     * @param c       connection
     * @param address the address, or {@code null} for every message
     * @return the messages, opened
     * @throws SQLException on a database error
     */
    public List<Message> messages(Connection c, String address) throws SQLException {
        String sql = "SELECT message_id, card_id, channel, address, sealed, created_at FROM outbox"
                + (address == null ? "" : " WHERE address = ?") + " ORDER BY id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (address != null) {
                s.setString(1, address);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Message> messages = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1);
                    byte[] plain = cipher.open(r.getBytes(5), "outbox:" + id);
                    messages.add(new Message(id, r.getString(2), r.getString(3), r.getString(4), split(plain),
                            r.getObject(6, OffsetDateTime.class).toInstant()));
                    Arrays.fill(plain, (byte) 0);
                }
                return messages;
            }
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
