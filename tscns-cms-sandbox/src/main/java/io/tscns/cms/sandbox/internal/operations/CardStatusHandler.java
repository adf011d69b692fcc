package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.card.TeamNumber;
import java.util.Objects;

/**
 * Reads a card's status (<i>stato della carta</i>, DM 20 giugno 2011 Allegato 2 point 6), by card id ({@link #handle})
 * or by the TEAM number printed on the card ({@link #byTeamNumber()}).
 */
public final class CardStatusHandler implements Handler<OnCard, CardRecord> {

    private final CardStore cards;

    CardStatusHandler(CardStore cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    @Override
    public CardRecord handle(OnCard card, OperationContext context) {
        return Lookups.card(cards, card.cardId());
    }

    /**
     * Returns the command that reads the status of the card with a TEAM number. Its subject is the card found, so
     * that the audit chain records the read of that card (and its due expiry is applied first), as for a read by
     * card id; a TEAM number of no card has no subject.
     *
     * @param teamNumber the TEAM number
     * @return the command
     */
    public OnTeamNumber onTeamNumber(TeamNumber teamNumber) {
        return new OnTeamNumber(Objects.requireNonNull(teamNumber, "teamNumber"), cards);
    }

    /**
     * Returns the handler of a read by TEAM number.
     *
     * @return the handler: the card, or {@code card-not-found}
     */
    public Handler<OnTeamNumber, CardRecord> byTeamNumber() {
        return (command, context) -> cards.findByTeamNumber(command.teamNumber)
                .orElseThrow(() -> Lookups.refused(new Refusal.CardNotFound(Refusal.Lookup.TEAM_NUMBER)));
    }

    /** A read of the card with a TEAM number; its subject is looked up in the store of the operation's transaction. */
    public static final class OnTeamNumber implements Command {
        private final TeamNumber teamNumber;
        private final CardStore cards;

        private OnTeamNumber(TeamNumber teamNumber, CardStore cards) {
            this.teamNumber = teamNumber;
            this.cards = cards;
        }

        @Override
        public Subject subject() {
            return cards.findByTeamNumber(teamNumber)
                    .map(card -> Subject.of(card.cardId()))
                    .orElse(Subject.NONE);
        }
    }
}
