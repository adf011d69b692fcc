package io.tscns.spring.security;

import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.CnsPrincipal;
import io.tscns.auth.validation.Verdict;
import java.io.Serial;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A CNS login in Spring Security (<i>autenticazione CNS</i>): before authentication it carries the presented
 * certificate chain; after, the {@link CnsPrincipal} (named by the codice fiscale, so {@code getName()} is the
 * codice fiscale), the accepted {@link Verdict} as details, and the authorities of the {@link CnsAuthoritiesMapper}.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class CnsAuthenticationToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<X509Certificate> chain;
    private final CnsPrincipal principal;

    private CnsAuthenticationToken(
            List<X509Certificate> chain,
            CnsPrincipal principal,
            Verdict.Accepted verdict,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.chain = List.copyOf(chain);
        this.principal = principal;
        if (verdict != null) {
            setDetails(verdict);
            setAuthenticated(true);
        }
    }

    /**
     * Returns a token to authenticate.
     *
     * @param chain the presented chain, the holder's certificate first
     * @return the unauthenticated token
     */
    public static CnsAuthenticationToken unauthenticated(List<X509Certificate> chain) {
        return new CnsAuthenticationToken(chain, null, null, List.of());
    }

    /**
     * Returns an authenticated token.
     *
     * @param chain       the presented chain
     * @param verdict     the accepted verdict
     * @param authorities the citizen's authorities
     * @return the token
     */
    public static CnsAuthenticationToken authenticated(
            List<X509Certificate> chain, Verdict.Accepted verdict, Collection<? extends GrantedAuthority> authorities) {
        Objects.requireNonNull(verdict, "verdict");
        return new CnsAuthenticationToken(chain, new CnsPrincipal(verdict.identity()), verdict, authorities);
    }

    /**
     * Returns the presented chain.
     *
     * @return the chain, the holder's certificate first
     */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * Returns the identity of an authenticated token.
     *
     * @return the identity
     * @throws IllegalStateException if the token is not authenticated
     */
    public CnsIdentity identity() {
        if (principal == null) {
            throw new IllegalStateException("the token is not authenticated");
        }
        return principal.identity();
    }

    @Override
    public Object getCredentials() {
        return chain.isEmpty() ? null : chain.get(0);
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CnsAuthenticationToken token
                && super.equals(other)
                && chain.equals(token.chain)
                && Objects.equals(principal, token.principal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), chain, principal);
    }
}
