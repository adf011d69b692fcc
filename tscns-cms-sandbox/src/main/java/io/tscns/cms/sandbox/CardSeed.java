package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.simcard.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * @since 0.1.0
 */
public record CardSeed(
        CardId cardId,
        TeamNumber teamNumber,
        CodiceFiscale holder,
        String surname,
        String givenName,
        LocalDate birthDate,
        Sex sex,
        String birthPlace,
        String region,
        LocalDate expiryDate,
        CardState state,
        Optional<X509Certificate> certificate,
        Pin pin,
        Puk puk,
        Cip cip) {

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
        return new CardSeed(
                card.cardId(),
                card.teamNumber(),
                card.codiceFiscale(),
                card.holder().surname(),
                card.holder().name(),
                card.holder().birthDate(),
                card.holder().sex(),
                card.holder().birthPlace().toString(),
                card.cardId().inferredRegionCode(),
                card.personalData().data().parsedExpiryDate().orElseThrow(),
                CardState.SHIPPED,
                Optional.of(card.certificate()),
                card.pin(),
                card.puk(),
                card.cip());
    }

    /** Surnames of the synthetic holders, each with its own consonant code in the codice fiscale. */
    private static final List<String> SYNTHETIC_SURNAMES = List.of(
            "SINTETICO",
            "SIMULATO",
            "FITTIZIO",
            "ARTIFICIALE",
            "CAMPIONE",
            "ESEMPIO",
            "MODELLO",
            "PROVA",
            "VIRTUALE",
            "FIGURATO");
    /** Synthetic cards per surname: one birth date a day from 1 January 1940. */
    private static final int PER_SURNAME = 30_000;

    /** How many synthetic cards {@link #synthetic} can make per region. */
    public static final int SYNTHETIC_LIMIT = PER_SURNAME * 10;

    /**
     * Makes up a shipped card without a simulated chip or certificate, for tests and benchmarks that need a large
     * population cheaply (thousands of cards in a few milliseconds, where the card factory issues a key pair and a
     * certificate for each). Card {@code index} has id {@code 6<region><index, 9 digits>000} and a holder of its own:
     * the codice fiscale is computed from a fixed given name, a surname that changes every 30,000 cards
     * ({@code SINTETICO} for the first 30,000) and a birth date {@code index mod 30,000} days after 1 January 1940,
     * so every index gives another citizen; born in Florence, expiry 31 December 2035, and PIN, PUK and CIP from
     * {@code codes}.
     *
     * @param index  the card's number in the population, 0 to {@link #SYNTHETIC_LIMIT} − 1
     * @param region the issuing region code (3 digits, e.g. {@link SimulatedCms#TUSCANY})
     * @param codes  the generator of the codes
     * @return the seed
     * @throws IllegalArgumentException if the index is out of range
     */
    public static CardSeed synthetic(int index, String region, CodeGenerator codes) {
        if (index < 0 || index >= SYNTHETIC_LIMIT) {
            throw new IllegalArgumentException("synthetic card index must be within 0 and " + (SYNTHETIC_LIMIT - 1));
        }
        CardId id = new CardId("6" + region + String.format("%09d", index) + "000");
        String surname = SYNTHETIC_SURNAMES.get(index / PER_SURNAME);
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(index % PER_SURNAME);
        Sex sex = index % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        CodiceFiscale holder =
                CodiceFiscaleCalculator.compute(surname, "CITTADINO", sex, birth, new BirthPlaceCode("D612"));
        return new CardSeed(
                id,
                TeamNumber.fromCardId(id),
                holder,
                surname,
                "CITTADINO",
                birth,
                sex,
                "D612",
                region,
                LocalDate.of(2035, 12, 31),
                CardState.SHIPPED,
                Optional.empty(),
                codes.generatePin(),
                codes.generatePuk(),
                codes.generateCip());
    }

    /**
     * Returns the identification request of this card (<i>riconoscimento</i>, manual §10.1 step 4): the codice
     * fiscale, TEAM number and expiry date printed on it. Its {@code MATCH} answer carries the reference that the
     * activation, reprint and consents requests need.
     *
     * @return the request
     */
    public IdentifyRequest identification() {
        return new IdentifyRequest(holder, teamNumber, expiryDate);
    }

    /**
     * Returns a valid direct activation request for this card (<i>attivazione diretta</i>, manual §10.1): the holder in
     * person with an identity card valid until 2030, the card's codice fiscale and expiry date, the privacy flag set;
     * without the identification reference, which the caller adds
     * ({@link ActivateCardRequest#withIdentification}) after identifying the card ({@link #identification()}).
     *
     * @param channel     where the remote halves go
     * @param fseConsents FSE consents given at activation
     * @return the request
     */
    public ActivateCardRequest directActivation(DeliveryChannel channel, List<ConsentChoice> fseConsents) {
        PresentedDocument document = new PresentedDocument(
                new IdentityDocument(
                        IdentityDocumentType.IDENTITY_CARD,
                        "CA1234567",
                        "Comune di Firenze",
                        LocalDate.of(2020, 1, 10),
                        Optional.of(LocalDate.of(2030, 1, 10))),
                false);
        return new ActivateCardRequest(
                holder,
                expiryDate,
                new ApplicantData(ActivationMode.DIRECT, Optional.empty(), Optional.empty(), document),
                Set.of(),
                channel,
                true,
                fseConsents);
    }

    /**
     * Returns the same seed in another initial state.
     *
     * @param initial the state
     * @return the new seed
     */
    public CardSeed inState(CardState initial) {
        return new CardSeed(
                cardId,
                teamNumber,
                holder,
                surname,
                givenName,
                birthDate,
                sex,
                birthPlace,
                region,
                expiryDate,
                initial,
                certificate,
                pin,
                puk,
                cip);
    }

    @Override
    public String toString() {
        return "CardSeed[" + cardId + ", " + state.id() + "]";
    }
}
