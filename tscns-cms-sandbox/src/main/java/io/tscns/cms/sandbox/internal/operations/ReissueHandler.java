package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.FiledReissue;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.ReissueReason;
import io.tscns.cms.sandbox.internal.domain.RequestStore;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.CipVerification;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Files a duplicate (re-issue) request (<i>riemissione</i>, Toscana manual v2.0 §10.5; DM 20 giugno 2011 Allegato 2
 * point 7). The old card — the one named, or else the person's card changed last that is not final — goes with the
 * request (§10.7: "la revoca viene fatta contestualmente alla richiesta di riemissione"): after a loss or theft an
 * activated card is revoked for that cause, any other card or reason is replaced (certificate superseded); the old
 * card's history records the request. An activated card is retired only on the proof a revocation needs under the
 * lifecycle profile ({@code docs/cms.md §9.6}): the holder's CIP (a holder's revocation), or who came to the counter
 * with the document shown (the issuer's office revoking for a holder it identified); under Toscana 2.0 neither is
 * {@code holder-not-identified}, whatever the reason, so a re-issue for {@code DAMAGED} is no back door around the
 * CIP. A new card is recorded for the person in the old card's region, or else the operator's.
 */
public final class ReissueHandler implements Handler<ReissueHandler.Input, FiledReissue> {

    /**
     * A duplicate request.
     *
     * @param person the person
     * @param reason why
     * @param cardId the card being replaced, if known
     * @param cip     the holder's CIP, to retire an activated card (the caller destroys it)
     * @param counter who came to the counter, with the document shown: it stands for the CIP
     */
    public record Input(
            CodiceFiscale person,
            ReissueReason reason,
            Optional<CardId> cardId,
            Optional<Cip> cip,
            Optional<CounterRecord> counter)
            implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(cip, "cip");
            Objects.requireNonNull(counter, "counter");
        }

        @Override
        public Optional<CounterRecord> counterRecord() {
            return counter;
        }

        @Override
        public Subject subject() {
            return Subject.of(person);
        }

        @Override
        public Map<String, String> details() {
            return Map.of("reason", reason.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "ReissueHandler.Input[" + person + ", " + reason + ", " + cardId + "]";
        }
    }

    private final CardStore cards;
    private final HolderStore holders;
    private final HistoryStore history;
    private final RequestStore requests;
    private final CipCheck cip;
    private final Transitions transitions;
    private final NewCards newCards;

    ReissueHandler(
            CardStore cards,
            HolderStore holders,
            HistoryStore history,
            RequestStore requests,
            CipCheck cip,
            Transitions transitions,
            NewCards newCards) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
        this.history = Objects.requireNonNull(history, "history");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.cip = Objects.requireNonNull(cip, "cip");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.newCards = Objects.requireNonNull(newCards, "newCards");
    }

    @Override
    public FiledReissue handle(Input input, OperationContext context) {
        List<CardRecord> owned = Lookups.cardsOf(cards, holders, input.person());
        Optional<CardRecord> old;
        if (input.cardId().isPresent()) {
            old = Optional.of(owned.stream()
                    .filter(card -> card.cardId().equals(input.cardId().get()))
                    .findFirst()
                    .orElseThrow(() -> Lookups.refused(new Refusal.CardNotFound(Refusal.Lookup.PERSON))));
        } else {
            old = owned.stream()
                    .filter(card -> !card.state().isFinal())
                    .max(Comparator.comparing(CardRecord::updatedAt));
        }
        old.ifPresent(card -> retire(card, input, context));
        String region = old.map(CardRecord::region).orElse(context.operator().region());
        newCards.issue(input.person(), region, Operation.REISSUE, context);
        String id = requests.file(
                "reissue",
                input.person(),
                input.reason().name(),
                context.operator().operatorId(),
                context.now());
        return new FiledReissue(id, input.person(), input.reason(), old.map(CardRecord::cardId), context.now());
    }

    /** Revokes or replaces the old card, and records the request in its history. */
    private void retire(CardRecord card, Input input, OperationContext context) {
        context.detail("replaced-card", card.cardId().value());
        CardEvent event = new CardEvent.Replacement();
        if (card.state() == CardState.ACTIVE || card.state() == CardState.SUSPENDED) {
            RevocationRequester requester = proof(card, input, context);
            card = Lookups.card(cards, card.cardId());
            if (input.reason().compromises()) {
                event = new CardEvent.Revocation(
                        input.reason() == ReissueReason.LOST ? RevocationCause.LOSS : RevocationCause.THEFT, requester);
            }
        }
        CardRecord after = transitions.apply(card, event, context);
        history.append(
                after.cardId(),
                Optional.of(input.person()),
                new HistoryLine(
                        0,
                        Operation.REISSUE,
                        new AuditOutcome.Succeeded(),
                        Optional.of(after.state()),
                        context.operator().operatorId(),
                        context.now(),
                        Optional.empty(),
                        Optional.empty(),
                        input.counter()));
    }

    /**
     * Returns who retires an activated card, on which proof: the holder with the CIP checked, or the issuer's office
     * for the holder identified at its counter.
     */
    private RevocationRequester proof(CardRecord card, Input input, OperationContext context) {
        if (input.cip().isPresent()) {
            if (!card.region().equals(context.operator().region())) {
                // The CIP of another region's card is not this counter's to try (the role matrix's rule for
                // revocations with the CIP): refused before the CIP is compared.
                throw Lookups.refused(new Refusal.OtherRegion(context.operator().role(), Operation.REISSUE));
            }
            return new RevocationRequester.Holder(cip.verify(card, input.cip(), context.now()));
        }
        if (input.counter().isPresent()) {
            return new RevocationRequester.Issuer();
        }
        if (transitions.policy().requiresCipForRevocation()) {
            throw Lookups.refused(new Refusal.HolderNotIdentified(Operation.REISSUE));
        }
        return new RevocationRequester.Holder(CipVerification.NOT_VERIFIED);
    }
}
