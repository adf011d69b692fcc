package io.tscns.testkit.cms;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message the sandbox "sent" with the remote halves of the codes (<i>seconda parte dei codici</i>, by e-mail or
 * SMS in a real CMS). Destroy it after use: it holds secrets. {@link #toString()} shows none.
 */
public final class OutboxMessage implements AutoCloseable {

    private final String messageId;
    private final String cardId;
    private final String channel;
    private final String address;
    private final List<char[]> halves;
    private final Instant sentAt;

    /**
     * Creates a message; it takes ownership of the halves.
     *
     * @param messageId id
     * @param cardId    card
     * @param channel   {@code EMAIL} or {@code SMS}
     * @param address   full address
     * @param halves    remote halves of PIN, PUK and (after an activation) CIP
     * @param sentAt    when
     */
    public OutboxMessage(String messageId, String cardId, String channel, String address, List<char[]> halves,
            Instant sentAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.cardId = Objects.requireNonNull(cardId, "cardId");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.address = Objects.requireNonNull(address, "address");
        this.halves = List.copyOf(halves);
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    /** @return the message id */
    public String messageId() {
        return messageId;
    }

    /** @return the card id */
    public String cardId() {
        return cardId;
    }

    /** @return {@code EMAIL} or {@code SMS} */
    public String channel() {
        return channel;
    }

    /** @return the full address */
    public String address() {
        return address;
    }

    /** @return when the message was queued */
    public Instant sentAt() {
        return sentAt;
    }

    /**
     * Returns a copy of the remote half of a code; the caller wipes it.
     *
     * @param index 0 for the PIN, 1 for the PUK, 2 for the CIP
     * @return the half
     */
    public char[] half(int index) {
        return halves.get(index).clone();
    }

    /** @return how many halves the message carries (3 after activation, 2 after a reprint) */
    public int halfCount() {
        return halves.size();
    }

    /** Wipes the halves. */
    @Override
    public void close() {
        halves.forEach(half -> Arrays.fill(half, '\0'));
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + messageId + ", card " + cardId + ", " + channel + ", " + halves.size() + " halves]";
    }
}
