package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.RemoteChannel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message in the sandbox's outbox (<i>messaggio inviato</i>): the remote halves of a card's codes, "sent" by e-mail
 * or SMS (Toscana manual v2.0 §9.1.4); a real CMS sends it, the sandbox keeps it for tests to read.
 *
 * @param messageId the message id
 * @param cardId    the card the codes belong to
 * @param channel   where it went
 * @param halves    the remote halves in order PIN, PUK and (at activation) CIP; whoever takes them out wipes the
 *                  arrays
 * @param sentAt    when
 */
public record SentMessage(String messageId, CardId cardId, RemoteChannel channel, List<char[]> halves, Instant sentAt) {

    /**
     * Checks the components; the list is copied, the arrays are not.
     */
    public SentMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(channel, "channel");
        halves = List.copyOf(halves);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    @Override
    public String toString() {
        return "SentMessage[" + messageId + ", " + cardId + ", " + channel + ", " + halves.size() + " halves]";
    }
}
