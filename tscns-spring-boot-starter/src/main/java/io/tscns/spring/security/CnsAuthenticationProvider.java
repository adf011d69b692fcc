package io.tscns.spring.security;

import io.tscns.auth.validation.CertificateValidator;
import io.tscns.auth.validation.Verdict;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Validates CNS certificates for Spring Security (<i>verifica del certificato CNS</i>): chain to a trusted CNS CA,
 * policy, key usage, EKU and revocation through tscns-auth, so that the principal is the codice fiscale of an
 * accepted certificate, never the CN of an unchecked one. It authenticates a {@link CnsAuthenticationToken} (from
 * {@link CnsAuthenticationFilter}) and also the {@link PreAuthenticatedAuthenticationToken} of Spring Security's
 * stock {@code X509AuthenticationFilter} ({@code http.x509(...)}), whose credentials are the certificate.
 *
 * <p>A refusal is a {@link CnsLoginRefusedException} carrying every reason. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsAuthenticationProvider implements AuthenticationProvider {

    private final CertificateValidator validator;
    private final CnsAuthoritiesMapper authorities;

    /**
     * Creates the provider.
     *
     * @param validator   validates the certificate: a {@code CnsLogin}, or a {@code CnsCertificateValidator}
     * @param authorities gives an accepted citizen's authorities
     */
    public CnsAuthenticationProvider(CertificateValidator validator, CnsAuthoritiesMapper authorities) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.authorities = Objects.requireNonNull(authorities, "authorities");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        List<X509Certificate> chain = chain(authentication);
        Verdict verdict = validator.validate(chain);
        if (verdict instanceof Verdict.Accepted accepted) {
            return CnsAuthenticationToken.authenticated(chain, accepted, authorities.authorities(accepted.identity()));
        }
        throw new CnsLoginRefusedException((Verdict.Rejected) verdict);
    }

    private static List<X509Certificate> chain(Authentication authentication) {
        if (authentication instanceof CnsAuthenticationToken token) {
            return token.chain();
        }
        Object credentials = authentication.getCredentials();
        if (credentials instanceof X509Certificate certificate) {
            return List.of(certificate);
        }
        if (credentials instanceof X509Certificate[] certificates && certificates.length > 0) {
            return List.of(certificates);
        }
        throw new BadCredentialsException("the pre-authenticated token carries no X.509 certificate");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return CnsAuthenticationToken.class.isAssignableFrom(authentication)
                || PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
