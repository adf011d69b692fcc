package io.tscns.spring.security;

import io.tscns.auth.identity.CnsIdentities;
import io.tscns.auth.identity.InvalidIdentityException;
import java.security.cert.X509Certificate;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * Takes the codice fiscale from a CNS certificate for Spring Security's stock X.509 support
 * ({@code http.x509(x -> x.x509PrincipalExtractor(new CnsX509PrincipalExtractor()))}), whose default extractor takes
 * the whole CN — for a CNS {@code CF/cardId.digest}, a different name for every card the citizen ever had.
 *
 * <p>It only reads the name: pair it with {@link CnsAuthenticationProvider}, which validates the certificate.
 * A certificate whose CN is not a CNS's yields no principal ({@code null}), so the request stays unauthenticated.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsX509PrincipalExtractor implements X509PrincipalExtractor {

    @Override
    public Object extractPrincipal(X509Certificate certificate) {
        try {
            return CnsIdentities.of(certificate).codiceFiscale().value();
        } catch (InvalidIdentityException e) {
            return null;
        }
    }
}
