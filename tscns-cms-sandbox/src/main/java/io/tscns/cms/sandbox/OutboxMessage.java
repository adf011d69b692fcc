package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.core.card.CardId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the sandbox "sent" (<i>messaggio della posta in uscita</i>): the remote halves of a card's codes, which a
 * real CMS sends by e-mail or SMS (Toscana manual v2.0 §9.1.4; {@code docs/cms.md §2.2}) and the sandbox keeps in its
 * outbox for tests to read: {@link SimulatedCms#outbox(java.util.Optional)} in Java, {@code GET /cms/v1/outbox}
 * over HTTPS ({@link OutboxView}). Not part of the CMS protocol; its JSON form is in the sandbox's OpenAPI document
 * {@code io/tscns/cms/sandbox/openapi.yaml}. The remote halves are secrets: {@code toString} does not show them, and
 * the reader destroys them ({@code remoteHalves().destroy()}).
 *
 * @param messageId    the message id
 * @param channel      e-mail or SMS
 * @param address      the full address it went to
 * @param cardId       the card
 * @param sentAt       when
 * @param remoteHalves the remote halves of PIN, PUK and (at activation) CIP
 * @since 0.1.0
 */
public record OutboxMessage(
        String messageId, ChannelKind channel, String address, CardId cardId, Instant sentAt, CodeHalves remoteHalves) {

    /**
     * Checks the components.
     */
    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(remoteHalves, "remoteHalves");
    }
}
