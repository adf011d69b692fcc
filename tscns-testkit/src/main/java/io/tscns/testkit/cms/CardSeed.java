package io.tscns.testkit.cms;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.testkit.card.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A card the sandbox CMS starts with (<i>tessera precaricata</i>): its ids, its holder's personal data, its state and
 * its codes, so that the PIN, PUK and CIP the sandbox releases are those of the simulated card a test also uses.
 * Build one from the card factory with {@link #of(IssuedCard)}.
 *
 * @param cardId      EF.ID_Carta
 * @param teamNumber  TEAM number
 * @param holder      the holder's codice fiscale
 * @param surname     surname
 * @param givenName   given name
 * @param birthDate   birth date
 * @param sex         sex
 * @param birthPlace  cadastral code of the birth place
 * @param region      issuing region code (3 digits)
 * @param expiryDate  expiry date
 * @param state       initial state (normally {@link CardState#SHIPPED})
 * @param certificate the card's CNS certificate, if the sandbox should revoke it at the test CA
 * @param pin         the PIN (the sandbox copies it; the caller keeps ownership)
 * @param puk         the PUK
 * @param cip         the CIP
 */
public record CardSeed(CardId cardId, TeamNumber teamNumber, CodiceFiscale holder, String surname, String givenName,
        LocalDate birthDate, Sex sex, String birthPlace, String region, LocalDate expiryDate, CardState state,
        Optional<X509Certificate> certificate, Pin pin, Puk puk, Cip cip) {

    /**
     * Checks the components.
     */
    public CardSeed {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(teamNumber, "teamNumber");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(puk, "puk");
        Objects.requireNonNull(cip, "cip");
    }

    /**
     * Seeds a card as the card factory issued it, shipped to the holder and not yet activated.
     *
     * @param card the issued card
     * @return the seed
     */
    public static CardSeed of(IssuedCard card) {
        return new CardSeed(card.cardId(), card.teamNumber(), card.codiceFiscale(), card.holder().surname(),
                card.holder().name(), card.holder().birthDate(), card.holder().sex(),
                card.holder().birthPlace().toString(), card.cardId().inferredRegionCode(),
                card.personalData().data().parsedExpiryDate().orElseThrow(), CardState.SHIPPED,
                Optional.of(card.certificate()), card.pin(), card.puk(), card.cip());
    }

    /**
     * Returns the same seed in another initial state.
     *
     * @param initial the state
     * @return the new seed
     */
    public CardSeed inState(CardState initial) {
        return new CardSeed(cardId, teamNumber, holder, surname, givenName, birthDate, sex, birthPlace, region,
                expiryDate, initial, certificate, pin, puk, cip);
    }

    @Override
    public String toString() {
        return "CardSeed[" + cardId + ", " + state.id() + "]";
    }
}
