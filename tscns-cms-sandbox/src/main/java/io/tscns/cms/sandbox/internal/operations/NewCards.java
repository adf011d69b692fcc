package io.tscns.cms.sandbox.internal.operations;

import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CardStore;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.HistoryStore;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.pipeline.OperationContext;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a new card that a duplicate or emission request asks for (<i>nuova tessera</i>), in the lifecycle's
 * initial state {@link CardState#ISSUED}, listed among the person's cards, with the first line of its history. Its
 * id is {@code 6<region><9 random digits>000}; it expires six years after the request, as a card's certificate does
 * ({@code docs/cms.md §3.1}). Used by the single writer's thread.
 */
final class NewCards {

    /** Validity of a new card from its request ({@code docs/cms.md §3.1}: normally six years). */
    private static final int VALIDITY_YEARS = 6;

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final CardStore cards;
    private final HistoryStore history;
    private final SecureRandom random = new SecureRandom();

    NewCards(CardStore cards, HistoryStore history) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Records a new card.
     *
     * @param person    the holder, whose personal data are stored
     * @param region    the issuing region code
     * @param operation the request it comes from, for its history
     * @param context   the operation
     * @return the card
     */
    CardRecord issue(CodiceFiscale person, String region, Operation operation, OperationContext context) {
        CardId id;
        do {
            id = new CardId("6" + region + String.format("%09d", random.nextInt(1_000_000_000)) + "000");
        } while (cards.exists(id));
        CardRecord card = new CardRecord(
                id,
                TeamNumber.fromCardId(id),
                person,
                region,
                CardState.ISSUED,
                0,
                LocalDate.ofInstant(context.now(), ZONE).plusYears(VALIDITY_YEARS),
                Optional.empty(),
                Optional.empty(),
                0,
                context.now());
        cards.insert(card);
        history.append(
                id,
                Optional.of(person),
                HistoryLine.of(
                        operation,
                        new AuditOutcome.Succeeded(),
                        Optional.of(CardState.ISSUED),
                        context.operator().operatorId(),
                        context.now(),
                        Optional.empty()));
        context.detail("new-card", id.value());
        return card;
    }
}
