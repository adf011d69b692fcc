package io.tscns.auth.identity;

import java.security.Principal;
import java.util.Objects;

/**
 * The logged-in citizen as a {@link Principal} (<i>utente autenticato con CNS</i>), named by the codice fiscale: what
 * a servlet container's {@code getUserPrincipal()} and Spring Security's principal hold after a CNS login, so that
 * the application's user key is the codice fiscale and never the certificate's CN ({@code CF/cardId.hash}).
 *
 * @param identity the identity from an accepted certificate
 * @since 0.1.0
 */
public record CnsPrincipal(CnsIdentity identity) implements Principal {

    /** Checks the component. */
    public CnsPrincipal {
        Objects.requireNonNull(identity, "identity");
    }

    /**
     * Returns the codice fiscale.
     *
     * @return e.g. {@code RSSMRA80A01H501U}
     */
    @Override
    public String getName() {
        return identity.codiceFiscale().value();
    }

    @Override
    public String toString() {
        return "CnsPrincipal[" + getName() + "]";
    }
}
