package io.tscns.cli.demo;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;

/**
 * Step 2: the card factory produces two Tuscan cards, for a fictitious citizen and for a second one who will be
 * activated on delegation, each with its own key pair and certificate from the test CA; both are loaded into the
 * sandbox, so the PIN, PUK and CIP it releases are those of the simulated cards.
 */
final class IssueCardsStep implements DemoStep {

    /** The second citizen, activated by a delegate for health reasons. */
    static final CardHolder SECOND = new CardHolder(
            "VERDI",
            "GIULIA",
            Sex.FEMALE,
            LocalDate.of(1948, 9, 23),
            new BirthPlaceCode("G702"),
            new BirthPlaceCode("G702"));

    @Override
    public String name() {
        return "issue-cards";
    }

    @Override
    public String title() {
        return "produce two citizens' cards";
    }

    @Override
    public StepDetails run(DemoContext context) {
        CardFactory factory = CardFactory.builder().pki(context.pki()).build();
        context.progress("key pair for " + CardHolder.example().displayName());
        IssuedCard first = factory.issue(CardHolder.example());
        context.progress("key pair for " + SECOND.displayName());
        IssuedCard second = factory.issue(SECOND);
        context.cards(first, second);
        context.cms().addCard(first);
        context.cms().addCard(second);
        return StepDetails.summary(describe(first) + "; " + describe(second))
                .put("holder", first.holder().displayName())
                .put("codiceFiscale", first.codiceFiscale().value())
                .put("cardId", first.cardId().value())
                .put("teamNumber", first.teamNumber().value())
                .put("secondHolder", second.holder().displayName())
                .put("secondCardId", second.cardId().value())
                .build();
    }

    private static String describe(IssuedCard card) {
        return card.holder().displayName() + " " + card.codiceFiscale().value() + ", card "
                + card.cardId().value();
    }
}
