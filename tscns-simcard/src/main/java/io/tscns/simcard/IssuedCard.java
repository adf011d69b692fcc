package io.tscns.simcard;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.testpki.TestIssuer;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A simulated TS-CNS card as the card factory hands it out (<i>tessera emessa</i>), with everything a test needs to
 * check what it reads: the holder, the card id (EF.ID_Carta) and TEAM number, the personal-data file, the
 * authentication certificate, and the codes released with the card: PIN, PUK and CIP.
 *
 * <p>The codes are {@code tscns-core} secrets: their {@code toString} is redacted, so printing this record shows no
 * code. {@link #close()} destroys them. Immutable apart from the card itself and the codes' destruction; thread-safe.
 *
 * @param card         the simulated card, not powered
 * @param holder       the holder
 * @param issuer       the issuing CA of the test PKI
 * @param cardId       EF.ID_Carta
 * @param teamNumber   the 20-digit number printed on the back (derived from the card id)
 * @param personalData EF.Dati_personali as written to the card
 * @param certificate  the CNS authentication certificate in EF 1101
 * @param pin          the PIN
 * @param puk          the PUK
 * @param cip          the CIP, which never goes to the card
 * @since 0.1.0
 */
public record IssuedCard(
        SimulatedCard card,
        CardHolder holder,
        TestIssuer issuer,
        CardId cardId,
        TeamNumber teamNumber,
        PersonalDataFile personalData,
        X509Certificate certificate,
        Pin pin,
        Puk puk,
        Cip cip)
        implements AutoCloseable {

    /**
     * Checks that no component is missing.
     *
     * @throws NullPointerException if one is
     */
    public IssuedCard {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(teamNumber, "teamNumber");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(puk, "puk");
        Objects.requireNonNull(cip, "cip");
    }

    /**
     * Returns the holder's codice fiscale, as written in EF.Dati_personali and the certificate.
     *
     * @return the codice fiscale
     */
    public CodiceFiscale codiceFiscale() {
        return personalData.data().parsedCodiceFiscale().orElseThrow();
    }

    /** Destroys the PIN, PUK and CIP objects (the card keeps its own copies of the PIN and PUK). */
    @Override
    public void close() {
        pin.destroy();
        puk.destroy();
        cip.destroy();
    }
}
