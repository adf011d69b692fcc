package io.tscns.example;

import io.tscns.spring.security.CnsLoginConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what (<i>regole di accesso</i>): the health endpoint and the challenge API are public, everything else
 * needs a CNS login; no session, so every request is validated again and a revocation takes effect at once. CSRF
 * protection stays on for the browser pages (a client certificate is an ambient credential) and is off for the
 * challenge API, which no cookie or certificate authenticates.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * The filter chain.
     *
     * @param http     Spring Security's builder
     * @param cnsLogin the starter's CNS login configurer
     * @return the chain
     * @throws Exception if Spring Security cannot build it
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http, CnsLoginConfigurer cnsLogin) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/challenges", "/challenges/answer")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/challenges", "/challenges/answer"))
                .with(cnsLogin, Customizer.withDefaults())
                .build();
    }
}
