package io.tscns.card;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.personaldata.PersonalDataFile;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Who a card belongs to and which card it is (<i>identità della carta e del titolare</i>), as
 * {@link CnsCard#readIdentity()} reads it in one call. Immutable. Its {@code toString} shows the card id and the
 * certificate subject, which are personal data: log it only where personal data may go.
 *
 * @param cardId       the serial number in EF.ID_Carta
 * @param teamNumber   the 20-digit TEAM card number derived from it (a public inference, see {@link TeamNumber})
 * @param personalData the decoded EF.Dati_personali
 * @param certificate  the holder's authentication certificate (CNS0)
 * @since 0.1.0
 */
public record CardIdentity(
        CardId cardId, TeamNumber teamNumber, PersonalDataFile personalData, X509Certificate certificate) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if one is
     */
    public CardIdentity {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(teamNumber, "teamNumber");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Describes the identity briefly.
     *
     * @return the card id, the TEAM number and the certificate subject
     */
    @Override
    public String toString() {
        return "CardIdentity[cardId=" + cardId + ", teamNumber=" + teamNumber + ", subject="
                + certificate.getSubjectX500Principal() + "]";
    }
}
