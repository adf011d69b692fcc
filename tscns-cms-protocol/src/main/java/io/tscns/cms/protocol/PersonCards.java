package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.person.CodiceFiscale;
import java.util.List;

/**
 * All cards of a person (DM 2011 Allegato 2: every information on a card or a citizen).
 *
 * @param codiceFiscale the person
 * @param cards         the cards, newest first
 * @since 0.1.0
 */
public record PersonCards(CodiceFiscale codiceFiscale, List<CardStatus> cards) {

    /** Checks the components. */
    public PersonCards {
        required("codiceFiscale", codiceFiscale);
        cards = WireText.list("cards", cards, 1_000);
    }
}
