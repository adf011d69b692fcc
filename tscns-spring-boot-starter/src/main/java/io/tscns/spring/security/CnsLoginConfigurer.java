package io.tscns.spring.security;

import io.tscns.auth.servlet.CnsRequestAuthenticator;
import java.util.Objects;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;

/**
 * Adds CNS login to a Spring Security filter chain (<i>configurazione dell'accesso con CNS</i>):
 * <pre>{@code
 * http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
 *     .with(cnsLogin, Customizer.withDefaults());
 * }</pre>
 * puts a {@link CnsAuthenticationFilter} where the stock X.509 filter goes, with its own {@link ProviderManager}
 * holding only the {@link CnsAuthenticationProvider} (no other provider can let a refused certificate in), and makes
 * {@link CnsProblemEntryPoint} the chain's entry point, so unauthenticated requests get a 401 problem document. The
 * starter defines one as a bean; apply it to one chain.
 *
 * @since 0.1.0
 */
public final class CnsLoginConfigurer extends AbstractHttpConfigurer<CnsLoginConfigurer, HttpSecurity> {

    private final CnsRequestAuthenticator certificates;
    private final CnsAuthenticationProvider provider;
    private final AuthenticationEntryPoint entryPoint;

    /**
     * Creates the configurer.
     *
     * @param certificates finds each request's certificate
     * @param provider     validates it
     * @param entryPoint   answers refusals and unauthenticated requests
     */
    public CnsLoginConfigurer(
            CnsRequestAuthenticator certificates,
            CnsAuthenticationProvider provider,
            AuthenticationEntryPoint entryPoint) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.entryPoint = Objects.requireNonNull(entryPoint, "entryPoint");
    }

    @Override
    public void init(HttpSecurity http) {
        http.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint));
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterAt(
                new CnsAuthenticationFilter(certificates, new ProviderManager(provider), entryPoint),
                X509AuthenticationFilter.class);
    }
}
