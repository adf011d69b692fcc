package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.OutboxStore;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the sandbox's outbox of one address (sandbox only: a real CMS sends the e-mail or SMS, Toscana manual v2.0
 * §9.1.4).
 */
public final class OutboxHandler implements Handler<OutboxHandler.Input, List<SentMessage>> {

    /**
     * The address whose messages are read: required, so that a call never returns every message.
     *
     * @param address the full e-mail address or mobile number
     */
    public record Input(String address) implements Command {
        /** Checks the component. */
        public Input {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public Subject subject() {
            return Subject.NONE;
        }

        @Override
        public String toString() {
            return "OutboxHandler.Input[address]";
        }
    }

    private final OutboxStore outbox;

    OutboxHandler(OutboxStore outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public List<SentMessage> handle(Input input, OperationContext context) {
        return outbox.to(Optional.of(input.address()));
    }
}
