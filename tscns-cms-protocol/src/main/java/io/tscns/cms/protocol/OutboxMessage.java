package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.card.CardId;
import java.time.Instant;

/**
 * A message the sandbox "sent" to a channel: the remote halves of a card's codes. Only the sandbox CMS exposes its
 * outbox; a real CMS sends e-mail or SMS.
 *
 * @param messageId    the message id
 * @param channel      e-mail or SMS
 * @param address      the full address it went to
 * @param cardId       the card
 * @param sentAt       when
 * @param remoteHalves the remote halves, secrets
 */
public record OutboxMessage(String messageId, ChannelKind channel, String address, CardId cardId, Instant sentAt,
        CodeHalves remoteHalves) {

    /** Checks the components. */
    public OutboxMessage {
        text("messageId", messageId, 64);
        required("channel", channel);
        text("address", address, 320);
        required("cardId", cardId);
        required("sentAt", sentAt);
        required("remoteHalves", remoteHalves);
    }
}
