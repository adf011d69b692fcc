package io.tscns.auth.identity;

import io.tscns.core.card.CardId;
import io.tscns.core.card.InvalidCardIdentifierException;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import java.util.Base64;
import java.util.Objects;

/**
 * The subject common name of a CNS authentication certificate (<i>common name del certificato CNS</i>):
 * {@code <codice fiscale>/<card id>.<hash>}, where the card id is the 16 digits of EF.ID_Carta and the hash is the
 * base64 of a 20-byte digest of EF.Dati_personali ({@code docs/cms.md §6.3}, {@code docs/card.md §6}).
 *
 * <p>The CN is split at its first {@code /}, never by taking 16 characters: the codice fiscale may be the 11-digit
 * temporary numeric code. That the digest is SHA-1 is an inference from its 20-byte length.
 *
 * @param codiceFiscale    the holder's codice fiscale, of either kind
 * @param cardId           the card id
 * @param personalDataHash the 28-character base64 of the 20-byte digest
 * @since 0.1.0
 */
public record CnsCommonName(CodiceFiscale codiceFiscale, CardId cardId, String personalDataHash) {

    /** Length of the digest in the CN. */
    public static final int DIGEST_BYTES = 20;

    /**
     * Checks the hash's form.
     *
     * @throws InvalidIdentityException with {@link IdentityProblem.MalformedCommonName} if the hash is not the
     *                                  base64 of 20 bytes
     */
    public CnsCommonName {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(personalDataHash, "personalDataHash");
        if (decode(personalDataHash) == null) {
            throw new InvalidIdentityException(new IdentityProblem.MalformedCommonName(
                    "the part after the '.' is not the base64 of a " + DIGEST_BYTES + "-byte digest"));
        }
    }

    /**
     * Reads a common name.
     *
     * @param commonName the CN value
     * @return the parts
     * @throws InvalidIdentityException if a part is missing or invalid; the problem says which
     */
    public static CnsCommonName parse(String commonName) {
        Objects.requireNonNull(commonName, "commonName");
        int slash = commonName.indexOf('/');
        if (slash < 0) {
            throw new InvalidIdentityException(new IdentityProblem.MalformedCommonName("no '/'"));
        }
        int dot = commonName.indexOf('.', slash);
        if (dot < 0) {
            throw new InvalidIdentityException(new IdentityProblem.MalformedCommonName("no '.' after the '/'"));
        }
        CodiceFiscale codiceFiscale;
        try {
            codiceFiscale = CodiceFiscale.parse(commonName.substring(0, slash));
        } catch (InvalidCodiceFiscaleException e) {
            throw new InvalidIdentityException(new IdentityProblem.InvalidCodiceFiscale(e.problem()));
        }
        CardId cardId;
        try {
            cardId = new CardId(commonName.substring(slash + 1, dot));
        } catch (InvalidCardIdentifierException e) {
            throw new InvalidIdentityException(new IdentityProblem.InvalidCardId(e.problem()));
        }
        return new CnsCommonName(codiceFiscale, cardId, commonName.substring(dot + 1));
    }

    /**
     * Returns the digest of EF.Dati_personali carried in the CN.
     *
     * @return a new 20-byte array
     */
    public byte[] personalDataDigest() {
        return decode(personalDataHash);
    }

    private static byte[] decode(String base64) {
        if (base64.length() != 28) {
            return null;
        }
        try {
            byte[] digest = Base64.getDecoder().decode(base64);
            return digest.length == DIGEST_BYTES ? digest : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Returns the CN as the certificate writes it.
     *
     * @return {@code <codice fiscale>/<card id>.<hash>}
     */
    @Override
    public String toString() {
        return codiceFiscale.value() + "/" + cardId.value() + "." + personalDataHash;
    }
}
