package io.tscns.cms.sandbox;

import java.util.List;

/**
 * The sandbox's outbox for one address, oldest first: the answer of {@code GET /cms/v1/outbox?address=...}, the
 * sandbox's own endpoint (described by {@code io/tscns/cms/sandbox/openapi.yaml}, not by the CMS protocol).
 *
 * @param messages the messages
 * @since 0.1.0
 */
public record OutboxView(List<OutboxMessage> messages) {

    /**
     * Copies the list.
     */
    public OutboxView {
        messages = List.copyOf(messages);
    }
}
