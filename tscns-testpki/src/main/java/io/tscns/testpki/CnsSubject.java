package io.tscns.testpki;

import io.tscns.core.person.CodiceFiscale;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The holder named in a CNS authentication certificate (<i>titolare del certificato di autenticazione CNS</i>) and
 * how the subject DN is spelled ({@code docs/card.md §6}): {@code C=IT, O=<CA company>, OU=<issuing
 * administration>, CN=<codice fiscale>/<card id>.<hash>, givenName, surname}, in that DER order, where the hash is
 * the base64 of the SHA-1 of the personal-data file EF.Dati_personali (the SHA-1 is an inference from the
 * 28-character, 20-byte values seen in real certificates; what exactly is hashed was not found).
 *
 * <p>The codice fiscale may be either kind, including the 11-digit temporary numeric code, which is why relying
 * parties must split the CN at the first {@code /} rather than take 16 characters.
 *
 * @param codiceFiscale    the holder's codice fiscale
 * @param cardId           the 16-digit card identifier (EF.ID_Carta)
 * @param givenName        the given name as printed, e.g. {@code MARIO}
 * @param surname          the surname as printed, e.g. {@code ROSSI}
 * @param administration   the issuing administration for the OU, e.g. {@code REGIONE TOSCANA}
 * @param personalDataHash the 28-character base64 of the 20-byte SHA-1 of EF.Dati_personali
 * @since 0.1.0
 */
public record CnsSubject(
        CodiceFiscale codiceFiscale,
        String cardId,
        String givenName,
        String surname,
        String administration,
        String personalDataHash) {

    /** Number of digits of a card identifier. */
    public static final int CARD_ID_DIGITS = 16;

    /**
     * Checks every field.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the card id is not 16 digits, a
     *                          name is blank, or the hash is not the base64 of 20 bytes
     */
    public CnsSubject {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Checks.requireCardId(cardId);
        Checks.requireText(givenName, "givenName");
        Checks.requireText(surname, "surname");
        Checks.requireText(administration, "administration");
        Objects.requireNonNull(personalDataHash, "personalDataHash");
        if (personalDataHash.length() != 28 || decodedLength(personalDataHash) != 20) {
            throw TestPkiException.invalid("personalDataHash must be the 28-character base64 of a 20-byte SHA-1");
        }
    }

    /**
     * Creates the subject from the personal-data file's bytes.
     *
     * @param codiceFiscale  the holder's codice fiscale
     * @param cardId         the 16-digit card identifier
     * @param givenName      the given name
     * @param surname        the surname
     * @param administration the issuing administration (OU)
     * @param personalData   the content of EF.Dati_personali, hashed for the CN (not retained)
     * @return the subject
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a field is invalid
     */
    public static CnsSubject of(
            CodiceFiscale codiceFiscale,
            String cardId,
            String givenName,
            String surname,
            String administration,
            byte[] personalData) {
        return new CnsSubject(
                codiceFiscale, cardId, givenName, surname, administration, personalDataHash(personalData));
    }

    /**
     * Returns the base64 of the SHA-1 of the personal-data bytes: the part of the CN after the dot.
     *
     * @param personalData the content of EF.Dati_personali
     * @return 28 base64 characters
     */
    public static String personalDataHash(byte[] personalData) {
        Objects.requireNonNull(personalData, "personalData");
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(personalData));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
    }

    /**
     * Returns the common name {@code <codice fiscale>/<card id>.<hash>}.
     *
     * @return the CN value
     */
    public String commonName() {
        return codiceFiscale.value() + "/" + cardId + "." + personalDataHash;
    }

    /**
     * Returns the subject DN as the CNS profile orders it.
     *
     * @param organization the CA company for the O attribute
     * @return the DN
     */
    public X500Principal toPrincipal(String organization) {
        Checks.requireText(organization, "organization");
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.OU, administration)
                .addRDN(BCStyle.CN, commonName())
                .addRDN(BCStyle.GIVENNAME, givenName)
                .addRDN(BCStyle.SURNAME, surname);
        return Checks.principal(name);
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
