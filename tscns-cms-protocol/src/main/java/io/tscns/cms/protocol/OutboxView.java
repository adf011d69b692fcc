package io.tscns.cms.protocol;

import java.util.List;

/**
 * The sandbox outbox for one address ({@code GET /outbox?address=...}), oldest first.
 *
 * @param messages the messages
 */
public record OutboxView(List<OutboxMessage> messages) {

    /** Checks the component. */
    public OutboxView {
        messages = WireText.list("messages", messages, 10_000);
    }
}
