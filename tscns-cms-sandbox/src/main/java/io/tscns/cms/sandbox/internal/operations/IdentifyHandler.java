package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.cms.sandbox.internal.domain.Identification;
import io.tscns.cms.sandbox.internal.domain.IdentityDatum;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Identifies a card from the data on its face (<i>riconoscimento</i>, Toscana manual v2.0 §10.1 steps 4–5): the
 * card with that TEAM number, compared with the codice fiscale and expiry date typed in. A match gives the holder's
 * data for the operator's second check and the reference that activation, reprint and consents of that card by the
 * same operator then require ({@link IdentificationGate}); a mismatch names the data that differ.
 */
public final class IdentifyHandler implements Handler<IdentifyHandler.Input, Identification> {

    /**
     * What the operator typed in.
     *
     * @param holder     the holder's codice fiscale
     * @param teamNumber the TEAM number
     * @param expiryDate the expiry date printed on the card
     */
    public record Input(CodiceFiscale holder, TeamNumber teamNumber, LocalDate expiryDate) implements Command {
        /** Checks the components. */
        public Input {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(teamNumber, "teamNumber");
            Objects.requireNonNull(expiryDate, "expiryDate");
        }

        @Override
        public Subject subject() {
            return Subject.of(holder);
        }
    }

    private final CardStore cards;
    private final HolderStore holders;
    private final IdentificationGate gate;

    IdentifyHandler(CardStore cards, HolderStore holders, IdentificationGate gate) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.holders = Objects.requireNonNull(holders, "holders");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public Identification handle(Input input, OperationContext context) {
        CardRecord card = cards.findByTeamNumber(input.teamNumber())
                .orElseThrow(() -> Lookups.refused(new Refusal.CardNotFound(Refusal.Lookup.TEAM_NUMBER)));
        List<IdentityDatum> mismatched = card.differences(input.holder(), input.expiryDate());
        context.detail("outcome", mismatched.isEmpty() ? "match" : "mismatch");
        if (!mismatched.isEmpty()) {
            return new Identification.Mismatch(mismatched);
        }
        return new Identification.Match(card, Lookups.holderOf(holders, card), gate.issue(card, context));
    }
}
