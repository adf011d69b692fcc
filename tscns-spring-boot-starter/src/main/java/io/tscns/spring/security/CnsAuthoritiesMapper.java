package io.tscns.spring.security;

import io.tscns.auth.identity.CnsIdentity;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Gives a logged-in citizen their authorities (<i>ruoli del cittadino autenticato</i>): the application's own rule,
 * e.g. a lookup of the codice fiscale in its user table. Define a bean of this type to replace the default, which
 * grants {@value #CITIZEN} to everyone whose certificate was accepted.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CnsAuthoritiesMapper {

    /** The authority the default mapper grants. */
    String CITIZEN = "ROLE_CNS_CITIZEN";

    /**
     * Returns the authorities of an accepted citizen.
     *
     * @param identity the identity from the accepted certificate
     * @return the authorities, possibly none
     */
    Collection<? extends GrantedAuthority> authorities(CnsIdentity identity);

    /**
     * Returns the default mapper.
     *
     * @return a mapper granting {@value #CITIZEN}
     */
    static CnsAuthoritiesMapper citizen() {
        List<GrantedAuthority> citizen = List.of(new SimpleGrantedAuthority(CITIZEN));
        return identity -> citizen;
    }
}
