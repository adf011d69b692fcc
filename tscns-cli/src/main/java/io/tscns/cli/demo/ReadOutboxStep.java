package io.tscns.cli.demo;

import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.simcard.IssuedCard;
import java.util.List;
import java.util.Optional;

/**
 * Step 8: the first citizen's mailbox, the sandbox's outbox, holds the message with the remote halves of PIN, PUK
 * and CIP; the demo keeps them for the citizen and shows only how many there are.
 */
final class ReadOutboxStep implements DemoStep {

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public String title() {
        return "the e-mail with the second halves arrives";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        // The outbox is the sandbox's, not the CMS protocol's: the demo runs in process with it and reads it directly.
        List<OutboxMessage> messages = context.cms().outbox(Optional.of(ActivateDirectStep.EMAIL));
        OutboxMessage kept = null;
        for (OutboxMessage message : messages) {
            if (kept == null && message.cardId().equals(card.cardId())) {
                kept = message;
            } else {
                message.remoteHalves().destroy();
            }
        }
        if (kept == null) {
            throw new DemoCheckException("no message for card " + card.cardId().value() + " in the outbox of "
                    + ActivateDirectStep.EMAIL + " (" + messages.size() + " messages)");
        }
        context.remoteHalves(kept.remoteHalves());
        int halves = kept.remoteHalves().cip().isPresent() ? 3 : 2;
        DemoCheckException.check(
                halves == 3, "expected the remote halves of PIN, PUK and CIP, the message has " + halves);
        return StepDetails.summary(kept.channel() + " to " + kept.address() + ", " + halves + " halves ("
                        + ActivateDirectStep.masked(kept.remoteHalves()) + ")")
                .put("messageId", kept.messageId())
                .put("channel", kept.channel().name())
                .put("address", kept.address())
                .put("cardId", kept.cardId().value())
                .put("halves", halves)
                .put("remoteHalves", ActivateDirectStep.masked(kept.remoteHalves()))
                .build();
    }
}
