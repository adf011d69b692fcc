package io.tscns.auth.identity;

import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The holder's identity as a CNS authentication certificate states it (<i>identità del titolare della CNS</i>):
 * what a service provider logs the citizen in as. The codice fiscale is the stable key; names are as printed on the
 * card, in capitals.
 *
 * <p>Read it with {@link CnsIdentities#of(java.security.cert.X509Certificate)}; on its own it proves nothing — only
 * a validator's accepted verdict says the certificate is trusted, current and not revoked.
 *
 * @param commonName         the parsed CN: codice fiscale, card id and personal-data hash
 * @param givenName          the givenName attribute, e.g. {@code MARIO}
 * @param surname            the surname attribute, e.g. {@code ROSSI}
 * @param administration     the OU attribute: the issuing administration (<i>ente emettitore</i>), e.g.
 *                           {@code REGIONE TOSCANA}
 * @param certificateCompany the O attribute: the CA company, when present
 * @param kind               CNS, Lombardy CRS or CIE, from the certificate policies
 * @param issuer             the issuing CA
 * @param serialNumber       the certificate's serial number
 * @since 0.1.0
 */
public record CnsIdentity(
        CnsCommonName commonName,
        String givenName,
        String surname,
        String administration,
        Optional<String> certificateCompany,
        CertificateKind kind,
        X500Principal issuer,
        BigInteger serialNumber) {

    /** Checks that no component is null. */
    public CnsIdentity {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(certificateCompany, "certificateCompany");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }

    /**
     * Returns the holder's codice fiscale.
     *
     * @return the code, personal or temporary
     */
    public CodiceFiscale codiceFiscale() {
        return commonName.codiceFiscale();
    }

    /**
     * Returns the card id.
     *
     * @return the 16 digits of EF.ID_Carta
     */
    public CardId cardId() {
        return commonName.cardId();
    }
}
