package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;

/**
 * Card identification ({@code POST /cards/identify}): the data the operator reads from the card (Toscana manual v2.0
 * §8.1.2, §10.1 step 4: codice fiscale, TEAM code, expiry date).
 *
 * @param codiceFiscale the holder's codice fiscale
 * @param teamNumber    the TEAM number on the back of the card
 * @param expiryDate    the card's expiry date
 * @since 0.1.0
 */
public record IdentifyRequest(CodiceFiscale codiceFiscale, TeamNumber teamNumber, LocalDate expiryDate) {

    /** Checks the components. */
    public IdentifyRequest {
        required("codiceFiscale", codiceFiscale);
        required("teamNumber", teamNumber);
        required("expiryDate", expiryDate);
    }
}
