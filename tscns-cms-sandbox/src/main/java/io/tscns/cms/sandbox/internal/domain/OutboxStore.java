package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.RemoteChannel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's outbox (<i>posta in uscita</i>): where the remote halves of the codes go instead of an e-mail or an
 * SMS, sealed at rest. An implementation works in the transaction of the thread that calls it; failures are
 * unchecked.
 */
public interface OutboxStore {

    /**
     * Queues a message with the remote halves of a card's codes.
     *
     * @param cardId  the card
     * @param channel where it goes
     * @param halves  the remote halves in order PIN, PUK, CIP (not wiped here)
     * @param at      when
     */
    void send(CardId cardId, RemoteChannel channel, List<char[]> halves, Instant at);

    /**
     * Reads the messages sent to an address, or every message.
     *
     * @param address the full address, or empty for every message
     * @return the messages, oldest first; the caller wipes their halves
     */
    List<SentMessage> to(Optional<String> address);
}
