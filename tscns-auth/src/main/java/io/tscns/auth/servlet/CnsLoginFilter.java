package io.tscns.auth.servlet;

import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.CnsPrincipal;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Objects;

/**
 * CNS login as a Jakarta Servlet 6 {@link Filter} (<i>filtro di accesso con CNS</i>), for any container (Tomcat,
 * Jetty, WildFly, Open Liberty) with or without a framework: the certificate comes from the TLS session or, behind a
 * reverse proxy, from the trusted proxy's header ({@link CnsRequestAuthenticator}); on success the request goes on
 * with {@link HttpServletRequest#getUserPrincipal()} a {@link CnsPrincipal} named by the codice fiscale,
 * {@link HttpServletRequest#getAuthType()} {@value HttpServletRequest#CLIENT_CERT_AUTH}, and the
 * {@link CnsIdentity} and the {@link Verdict} in the request attributes {@link #IDENTITY_ATTRIBUTE} and
 * {@link #VERDICT_ATTRIBUTE}; on refusal it answers 401 with a problem document listing every reason
 * ({@link RefusalResponse}) and the chain stops.
 *
 * <p>Register it programmatically, e.g. from a {@code ServletContextListener}:
 * <pre>{@code
 * context.addFilter("cns", new CnsLoginFilter(new CnsRequestAuthenticator(login, Optional.of(proxyHeader))))
 *        .addMappingForUrlPatterns(null, false, "/*");
 * }</pre>
 * A filter that is not {@code required} lets requests without any certificate through anonymously (for public
 * pages behind the same mapping); a certificate that is presented and refused is refused either way.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsLoginFilter implements Filter {

    /** The request attribute holding the {@link CnsIdentity} of an accepted login. */
    public static final String IDENTITY_ATTRIBUTE = CnsIdentity.class.getName();
    /** The request attribute holding the {@link Verdict} of an accepted login (with its revocation status). */
    public static final String VERDICT_ATTRIBUTE = Verdict.class.getName();

    private final CnsRequestAuthenticator authenticator;
    private final boolean required;

    /**
     * Creates a filter that refuses requests without a certificate.
     *
     * @param authenticator reads and validates the certificate
     */
    public CnsLoginFilter(CnsRequestAuthenticator authenticator) {
        this(authenticator, true);
    }

    /**
     * Creates a filter.
     *
     * @param authenticator reads and validates the certificate
     * @param required      whether a request without any certificate is refused ({@code false}: it goes on
     *                      anonymously)
     */
    public CnsLoginFilter(CnsRequestAuthenticator authenticator, boolean required) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.required = required;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        Verdict verdict = authenticator.authenticate(http);
        if (verdict instanceof Verdict.Accepted accepted) {
            http.setAttribute(IDENTITY_ATTRIBUTE, accepted.identity());
            http.setAttribute(VERDICT_ATTRIBUTE, accepted);
            chain.doFilter(new Authenticated(http, new CnsPrincipal(accepted.identity())), response);
            return;
        }
        Verdict.Rejected rejected = (Verdict.Rejected) verdict;
        if (!required && rejected.reasons().equals(List.of(new RejectionReason.NoCertificate()))) {
            chain.doFilter(request, response);
            return;
        }
        RefusalResponse.send(answer, rejected, http.getRequestURI());
    }

    /** The request of a logged-in citizen. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final CnsPrincipal principal;

        Authenticated(HttpServletRequest request, CnsPrincipal principal) {
            super(request);
            this.principal = principal;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.CLIENT_CERT_AUTH;
        }
    }
}
