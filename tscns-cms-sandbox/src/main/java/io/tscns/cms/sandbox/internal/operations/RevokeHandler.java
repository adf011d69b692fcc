package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.secret.Cip;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Revokes a card (<i>revoca</i>): by the holder or a delegate with the CIP (Toscana manual v2.0 §10.7), or by the
 * issuer for errors in the personal data (§10.7.1). The lifecycle profile decides whether the CIP must have been
 * verified; the certificate is revoked at the test CA once committed.
 */
public final class RevokeHandler implements Handler<RevokeHandler.Input, CardRecord> {

    /**
     * A revocation request.
     *
     * @param cardId    the card
     * @param requester who asks; for the holder or a delegate, its {@link CipVerification} is set from {@code cip}
     * @param cause     the cause
     * @param cip       the CIP given (the caller destroys it)
     * @param counter   who came to the counter, with the document shown, if the request names them
     */
    public record Input(
            CardId cardId,
            RevocationRequester requester,
            RevocationCause cause,
            Optional<Cip> cip,
            Optional<CounterRecord> counter)
            implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(cip, "cip");
            Objects.requireNonNull(counter, "counter");
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
            return Map.of("requester", requester.kind().id(), "cause", cause.id());
        }

        @Override
        public String toString() {
            return "RevokeHandler.Input[" + cardId + ", " + requester.kind().id() + ", " + cause.id() + "]";
        }
    }

    private final CardStore cards;
    private final CipCheck cip;
    private final Transitions transitions;

    RevokeHandler(CardStore cards, CipCheck cip, Transitions transitions) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.cip = Objects.requireNonNull(cip, "cip");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public CardRecord handle(Input input, OperationContext context) {
        CardRecord card = Lookups.card(cards, input.cardId());
        RevocationRequester requester = input.requester();
        if (requester instanceof RevocationRequester.Delegate delegate) {
            CipVerification verification = cip.verify(card, input.cip(), context.now());
            requester = new RevocationRequester.Delegate(delegate.role(), delegate.codiceFiscale(), verification);
            card = Lookups.card(cards, input.cardId());
        } else if (requester instanceof RevocationRequester.Holder) {
            requester = new RevocationRequester.Holder(cip.verify(card, input.cip(), context.now()));
            card = Lookups.card(cards, input.cardId());
        }
        return transitions.apply(card, new CardEvent.Revocation(input.cause(), requester), context);
    }
}
