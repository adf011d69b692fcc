package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.sandbox.CmsProfile;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.CodeRelease;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.DeliveryKind;
import io.tscns.cms.sandbox.internal.domain.EnvelopeRelease;
import io.tscns.cms.sandbox.internal.domain.IdentityDatum;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Activates a card (<i>attivazione</i>, Toscana manual v2.0 §10.1–10.3; DM 20 giugno 2011 Allegato 2 point 1): the
 * operator's identification of the card ({@link IdentificationGate}), the request's codice fiscale and expiry date
 * against the card's record, the holder's privacy flag and the core {@link ActivationValidator} rules of the profile
 * on the day of the operation, the lifecycle transition; then the codes the profile releases, in two halves
 * ({@link #handle}) or whole for a sealed envelope where the profile offers it ({@link #sealedEnvelope()}, Allegato 2
 * point 1c), and the FSE consents given recorded.
 */
public final class ActivateHandler implements Handler<ActivateHandler.Input, CodeRelease> {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * An activation request.
     *
     * @param cardId         the card
     * @param request        the core activation request (mode, applicant, documents)
     * @param channel        where the remote halves go (§10.1 step 9); empty for a sealed envelope
     * @param privacyConsent the holder's privacy consent flag (§10.1 step 10)
     * @param consents       FSE consents given at activation (§10.1 step 11)
     * @param counter        what the counter checked and collected (§10.1 steps 1, 8 and 10), for the history
     * @param identification the reference of the operator's identification of the card (§10.1 steps 4–5), if sent
     */
    public record Input(
            CardId cardId,
            ActivationRequest request,
            Optional<RemoteChannel> channel,
            boolean privacyConsent,
            Map<ConsentKind, ConsentStatus> consents,
            CounterRecord counter,
            Optional<IdentificationRef> identification)
            implements Command {
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
            return Map.of(
                    "mode",
                    request.mode().id(),
                    "channel",
                    channel.map(c -> DeliveryKind.of(c).name()).orElse(SEALED_ENVELOPE));
        }
    }

    /** How the audit chain names a delivery by sealed envelope. */
    static final String SEALED_ENVELOPE = "SEALED_ENVELOPE";

    private final CardStore cards;
    private final Transitions transitions;
    private final CodeDelivery codes;
    private final ConsentRecorder consents;
    private final CmsProfile profile;
    private final IdentificationGate gate;

    ActivateHandler(
            CardStore cards,
            Transitions transitions,
            CodeDelivery codes,
            ConsentRecorder consents,
            CmsProfile profile,
            IdentificationGate gate) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /**
     * Activates with the codes in two halves.
     *
     * @throws IllegalArgumentException if the input names no channel
     */
    @Override
    public CodeRelease handle(Input input, OperationContext context) {
        RemoteChannel channel = input.channel().orElseThrow(() -> new IllegalArgumentException("no channel"));
        return activate(
                input,
                context,
                false,
                card -> codes.release(card.cardId(), EnumSet.copyOf(profile.activationCodes()), channel, context),
                CodeDelivery::wipe);
    }

    /**
     * Returns the handler of an activation with PIN and PUK whole for a sealed envelope (Allegato 2 point 1c):
     * refused with {@code delivery-not-offered} where the profile has no envelope, once the card and the operator's
     * identification of it are checked and before anything else.
     *
     * @return the handler
     */
    public Handler<Input, EnvelopeRelease> sealedEnvelope() {
        return (input, context) -> activate(
                input,
                context,
                true,
                card -> codes.whole(card.cardId(), EnumSet.of(CodeKind.PIN, CodeKind.PUK), context),
                EnvelopeRelease::wipe);
    }

    private <R> R activate(
            Input input,
            OperationContext context,
            boolean envelope,
            Function<CardRecord, R> release,
            Consumer<R> wipe) {
        CardRecord card = Lookups.unexpired(Lookups.card(cards, input.cardId()));
        gate.require(input.identification(), card, context);
        if (envelope && !profile.sealedEnvelope()) {
            throw Lookups.refused(new Refusal.DeliveryNotOffered(profile.id()));
        }
        List<IdentityDatum> mismatched =
                card.differences(input.request().holder(), input.request().cardExpiry());
        if (!mismatched.isEmpty()) {
            throw Lookups.refused(new Refusal.IdentityMismatch(mismatched));
        }
        List<ActivationViolation> violations = List.of();
        ActivationVerdict verdict = ActivationValidator.validate(
                input.request(), profile.activation(), LocalDate.ofInstant(context.now(), ZONE));
        if (verdict instanceof ActivationVerdict.Rejected rejected) {
            violations = rejected.violations();
        }
        if (!input.privacyConsent() || !violations.isEmpty()) {
            throw Lookups.refused(new Refusal.ActivationRejected(!input.privacyConsent(), violations));
        }
        Transition transition = transitions.check(card, new CardEvent.Activation());
        R released = release.apply(card);
        try {
            transitions.write(card.activated(transition.to(), input.request().mode(), context.now()));
            consents.record(card, input.consents(), context.operator().operatorId(), context.now());
        } catch (RuntimeException e) {
            wipe.accept(released);
            throw e;
        }
        return released;
    }
}
