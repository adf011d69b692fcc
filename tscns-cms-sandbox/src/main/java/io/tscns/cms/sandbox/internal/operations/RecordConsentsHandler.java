package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records FSE consents after activation (<i>consensi FSE</i>, Toscana manual v2.0 §10.4), after the operator's
 * identification of the card ({@link IdentificationGate}, which serves the other operations of the same visit too), on
 * a card not revoked or otherwise final, and answers with the holder's decisions in force, one per kind (the whole history is
 * {@code GET /cards/{cardId}/consents}): an answer whose size does not grow with the history, since the idempotency
 * store keeps it.
 */
public final class RecordConsentsHandler implements Handler<RecordConsentsHandler.Input, List<ConsentRecord>> {

    /**
     * The decisions.
     *
     * @param cardId   the card presented
     * @param consents the decisions, by kind
     * @param counter  who came to the counter, with the document shown (§10.4), if the request names them
     * @param identification the reference of the operator's identification of the card (§10.4 steps 3–5), if sent
     */
    public record Input(
            CardId cardId,
            Map<ConsentKind, ConsentStatus> consents,
            Optional<CounterRecord> counter,
            Optional<IdentificationRef> identification)
            implements Command {
        /** Checks the components and copies the decisions. */
        public Input {
            Objects.requireNonNull(cardId, "cardId");
            consents = Map.copyOf(consents);
            Objects.requireNonNull(counter, "counter");
            Objects.requireNonNull(identification, "identification");
        }

        @Override
        public Optional<CounterRecord> counterRecord() {
            return counter;
        }

        @Override
        public Subject subject() {
            return Subject.of(cardId);
        }

        @Override
        public Map<String, String> details() {
            return Map.of(
                    "kinds",
                    String.join(
                            "+",
                            consents.keySet().stream()
                                    .map(ConsentKind::id)
                                    .sorted()
                                    .toList()));
        }
    }

    private final CardStore cards;
    private final ConsentRecorder recorder;
    private final IdentificationGate gate;

    RecordConsentsHandler(CardStore cards, ConsentRecorder recorder, IdentificationGate gate) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public List<ConsentRecord> handle(Input input, OperationContext context) {
        CardRecord card = Lookups.unexpired(Lookups.card(cards, input.cardId()));
        gate.require(input.identification(), card, context);
        if (card.state().isFinal()) {
            throw Lookups.refused(new Refusal.IllegalTransition("consents cannot be recorded on a card in state "
                    + card.state().id()));
        }
        return recorder.record(card, input.consents(), context.operator().operatorId(), context.now());
    }
}
