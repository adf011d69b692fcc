package io.tscns.test.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.simcard.CardHolder;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The module README's example: properties over generated holders and card identifiers. */
class ReadmeExampleProperties {

    // tag::properties[]
    @Provide
    Arbitrary<CardHolder> holders() {
        return TscnsArbitraries.holders();                 // names, sex, birth date and place: valid and varied
    }

    @Provide
    Arbitrary<CardId> cardIds() {
        return TscnsArbitraries.cardIds();
    }

    @Property
    void theCodiceFiscaleOfEveryHolderEncodesTheirBirthDate(@ForAll("holders") CardHolder holder) {
        PersonalCodiceFiscale cf = CodiceFiscaleCalculator.compute(holder.surname(), holder.name(), holder.sex(),
                holder.birthDate(), holder.birthPlace());
        assertEquals(holder.birthDate().getYear() % 100, Integer.parseInt(cf.value().substring(6, 8)));
    }

    @Property
    void everyCardIdHasATeamNumberDerivedFromIt(@ForAll("cardIds") CardId cardId) {
        assertTrue(TeamNumber.fromCardId(cardId).isDerivedFrom(cardId));
    }
    // end::properties[]
}
