package io.tscns.keycloak.internal;

import io.tscns.core.Problem;
import java.util.Locale;

/**
 * Why the CNS authenticator refused a login (<i>motivo del rifiuto dell'accesso con CNS</i>), as the citizen reads it
 * on Keycloak's page and an administrator in Keycloak's login events. Several certificate problems map to one
 * refusal: the page says what the citizen can act on, the validator's full reasons are for the operator.
 */
public enum Refusal implements Problem {
    /** The certificate, or one in its chain, was revoked or suspended. */
    REVOKED("the card's certificate was revoked"),
    /** The certificate does not chain to a trusted CNS CA, or a signature does not verify. */
    UNTRUSTED("the card's certificate was not issued by a trusted CNS authority"),
    /** The certificate expired or is not valid yet. */
    EXPIRED("the card's certificate expired or is not valid yet"),
    /** The certificate is not a CNS authentication certificate (policy, key usage, subject layout). */
    NOT_CNS("the certificate presented is not a CNS authentication certificate"),
    /** Revocation status could not be established and the configuration fails hard. */
    REVOCATION_UNKNOWN("the card's revocation status cannot be checked now"),
    /** No user is linked to the codice fiscale and the configuration refuses unknown citizens. */
    NO_ACCOUNT("no account is linked to this card"),
    /** More than one user carries the codice fiscale in the link attribute. */
    AMBIGUOUS_ACCOUNT("more than one account is linked to this card"),
    /** The linked user is disabled. */
    ACCOUNT_DISABLED("the account linked to this card is disabled"),
    /** The authenticator's configuration or its trust sources cannot be used. */
    UNAVAILABLE("CNS login is not available now");

    private final String description;

    Refusal(String description) {
        this.description = description;
    }

    @Override
    public String describe() {
        return description;
    }

    /**
     * Returns the error of the Keycloak login event, e.g. {@code cns_revoked}.
     *
     * @return the error, in Keycloak's snake case
     */
    public String eventError() {
        return "cns_" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the key of the message shown on the login page, in {@code theme-resources/messages}, e.g.
     * {@code cnsRefusedRevoked}.
     *
     * @return the message key
     */
    public String messageKey() {
        StringBuilder key = new StringBuilder("cnsRefused");
        for (String word : name().split("_")) {
            key.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
