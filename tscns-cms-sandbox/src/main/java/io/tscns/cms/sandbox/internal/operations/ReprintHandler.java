package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CodeRelease;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.DeliveryKind;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.activation.ActivationValidator;
import io.tscns.core.activation.ActivationViolation;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.RemoteChannel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reprints PIN and PUK (<i>ristampa</i>, "Recupero del codice PIN/PUK", Toscana manual v2.0 §10.6): the card's own
 * codes split again (not new codes, so the card keeps working with them), for the holder or a delegate, on an
 * activated card, after the operator's identification of that card with the document of the person at the counter
 * ({@link IdentificationGate}), whose dates and declaration pass the activation rules for documents
 * ({@link ActivationValidator#checkDocument}).
 */
public final class ReprintHandler implements Handler<ReprintHandler.Input, CodeRelease> {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * A reprint request.
     *
     * @param cardId   the card
     * @param delegate the delegate, for a reprint by delegate
     * @param channel  where the remote halves go
     * @param counter  what the counter checked (the document of the person at the counter), for the history
     * @param identification the reference of the operator's identification of the card (§10.6 steps 2–5), if sent
     */
    public record Input(
            CardId cardId,
            Optional<DelegateIdentity> delegate,
            RemoteChannel channel,
            CounterRecord counter,
            Optional<IdentificationRef> identification)
            implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(delegate, "delegate");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(counter, "counter");
            Objects.requireNonNull(identification, "identification");
        }

        @Override
        public Optional<CounterRecord> counterRecord() {
            return Optional.of(counter);
        }

        @Override
        public Subject subject() {
            return Subject.of(cardId);
        }

        @Override
        public Map<String, String> details() {
            return Map.of(
                    "by",
                    delegate.isPresent() ? "delegate" : "holder",
                    "channel",
                    DeliveryKind.of(channel).name());
        }
    }

    private final CardStore cards;
    private final CodeDelivery codes;
    private final IdentificationGate gate;
    private final ActivationPolicy policy;

    ReprintHandler(CardStore cards, CodeDelivery codes, IdentificationGate gate, ActivationPolicy policy) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public CodeRelease handle(Input input, OperationContext context) {
        CardRecord card = Lookups.unexpired(Lookups.card(cards, input.cardId()));
        gate.require(input.identification(), card, context);
        if (card.state() != CardState.ACTIVE && card.state() != CardState.SUSPENDED) {
            throw Lookups.refused(new Refusal.IllegalTransition("codes can be reprinted only for an activated card,"
                    + " not one in state " + card.state().id()));
        }
        if (input.delegate().isPresent()
                && input.delegate().get().codiceFiscale().equals(card.holder())) {
            throw Lookups.refused(new Refusal.DelegateIsHolder());
        }
        List<ActivationViolation> document = ActivationValidator.checkDocument(
                input.counter().presentedBy().document(),
                input.delegate().isEmpty(),
                policy,
                LocalDate.ofInstant(context.now(), ZONE));
        if (!document.isEmpty()) {
            throw Lookups.refused(new Refusal.ActivationRejected(false, document));
        }
        return codes.release(card.cardId(), EnumSet.of(CodeKind.PIN, CodeKind.PUK), input.channel(), context);
    }
}
