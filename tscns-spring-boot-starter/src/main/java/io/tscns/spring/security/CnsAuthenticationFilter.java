package io.tscns.spring.security;

import io.tscns.auth.servlet.CnsRequestAuthenticator;
import io.tscns.auth.servlet.RequestCertificate;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CNS login in Spring Security's filter chain (<i>filtro di accesso con CNS</i>), in the place of the stock
 * {@code X509AuthenticationFilter}: the certificate comes from the TLS session or from a trusted proxy's header
 * ({@link CnsRequestAuthenticator#certificate}), goes through the {@link AuthenticationManager} (whose
 * {@link CnsAuthenticationProvider} validates it) and, when accepted, becomes the request's security context. A
 * refusal stops the chain with the entry point's 401 problem document; a request with no certificate goes on
 * unauthenticated, and the authorisation rules decide. Every request that presents a certificate is validated again,
 * so a revocation takes effect at the next request. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsAuthenticationFilter extends OncePerRequestFilter {

    private final CnsRequestAuthenticator certificates;
    private final AuthenticationManager manager;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /**
     * Creates the filter.
     *
     * @param certificates finds the request's certificate
     * @param manager      authenticates it
     * @param entryPoint   answers a refusal
     */
    public CnsAuthenticationFilter(
            CnsRequestAuthenticator certificates, AuthenticationManager manager, AuthenticationEntryPoint entryPoint) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.manager = Objects.requireNonNull(manager, "manager");
        this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestCertificate presented = certificates.certificate(request);
        if (presented instanceof RequestCertificate.None) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (presented instanceof RequestCertificate.Refused refused) {
                throw new CnsLoginRefusedException(new Verdict.Rejected(List.of(refused.reason())));
            }
            Authentication authentication = manager.authenticate(
                    CnsAuthenticationToken.unauthenticated(((RequestCertificate.Presented) presented).chain()));
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(authentication);
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            contexts.clearContext();
            entryPoint.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }
}
