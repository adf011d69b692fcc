package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CodeRelease;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.DeliveryKind;
import io.tscns.cms.sandbox.internal.domain.IdentityDatum;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.activation.ActivationRequest;
import io.tscns.core.activation.ActivationValidator;
import io.tscns.core.activation.ActivationVerdict;
import io.tscns.core.activation.ActivationViolation;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.Transition;
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
 * Activates a card (<i>attivazione</i>, Toscana manual v2.0 §10.1–10.3): the operator's identification of the card
 * ({@link IdentificationGate}), the request's codice fiscale and expiry
 * date against the card's record, the holder's privacy flag and the core {@link ActivationValidator} rules on the
 * day of the operation, the lifecycle transition; then PIN, PUK and CIP released in two halves and the FSE consents
 * given recorded.
 */
public final class ActivateHandler implements Handler<ActivateHandler.Input, CodeRelease> {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * An activation request.
     *
     * @param cardId         the card
     * @param request        the core activation request (mode, applicant, documents)
     * @param channel        where the remote halves go (§10.1 step 9)
     * @param privacyConsent the holder's privacy consent flag (§10.1 step 10)
     * @param consents       FSE consents given at activation (§10.1 step 11)
     * @param counter        what the counter checked and collected (§10.1 steps 1, 8 and 10), for the history
     * @param identification the reference of the operator's identification of the card (§10.1 steps 4–5), if sent
     */
    public record Input(CardId cardId, ActivationRequest request, RemoteChannel channel, boolean privacyConsent,
            Map<ConsentKind, ConsentStatus> consents, CounterRecord counter,
            Optional<IdentificationRef> identification) implements Command {
        /** Checks the components and copies the consents. */
        public Input {
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(channel, "channel");
            consents = Map.copyOf(consents);
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
            return Map.of("mode", request.mode().id(), "channel", DeliveryKind.of(channel).name());
        }
    }

    private final CardStore cards;
    private final Transitions transitions;
    private final CodeDelivery codes;
    private final ConsentRecorder consents;
    private final ActivationPolicy policy;
    private final IdentificationGate gate;

    ActivateHandler(CardStore cards, Transitions transitions, CodeDelivery codes, ConsentRecorder consents,
            ActivationPolicy policy, IdentificationGate gate) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public CodeRelease handle(Input input, OperationContext context) {
        CardRecord card = Lookups.unexpired(Lookups.card(cards, input.cardId()));
        gate.require(input.identification(), card, context);
        List<IdentityDatum> mismatched = card.differences(input.request().holder(), input.request().cardExpiry());
        if (!mismatched.isEmpty()) {
            throw Lookups.refused(new Refusal.IdentityMismatch(mismatched));
        }
        List<ActivationViolation> violations = List.of();
        ActivationVerdict verdict = ActivationValidator.validate(input.request(), policy,
                LocalDate.ofInstant(context.now(), ZONE));
        if (verdict instanceof ActivationVerdict.Rejected rejected) {
            violations = rejected.violations();
        }
        if (!input.privacyConsent() || !violations.isEmpty()) {
            throw Lookups.refused(new Refusal.ActivationRejected(!input.privacyConsent(), violations));
        }
        Transition transition = transitions.check(card, new CardEvent.Activation());
        CodeRelease release = codes.release(card.cardId(), EnumSet.allOf(CodeKind.class), input.channel(), context);
        try {
            transitions.write(card.activated(transition.to(), input.request().mode(), context.now()));
            consents.record(card, input.consents(), context.operator().operatorId(), context.now());
        } catch (RuntimeException e) {
            CodeDelivery.wipe(release);
            throw e;
        }
        return release;
    }
}
