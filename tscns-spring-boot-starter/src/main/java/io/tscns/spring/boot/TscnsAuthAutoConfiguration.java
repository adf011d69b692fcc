package io.tscns.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.tscns.auth.challenge.ChallengeStore;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.challenge.InMemoryChallengeStore;
import io.tscns.auth.challenge.JdbcChallengeStore;
import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.login.LoginListener;
import io.tscns.auth.proxy.AddressRange;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.servlet.CnsLoginFilter;
import io.tscns.auth.servlet.CnsRequestAuthenticator;
import io.tscns.spring.boot.actuate.CnsLoginHealthIndicator;
import io.tscns.spring.boot.actuate.CnsLoginMetrics;
import io.tscns.spring.security.CnsAuthenticationProvider;
import io.tscns.spring.security.CnsAuthoritiesMapper;
import io.tscns.spring.security.CnsLoginConfigurer;
import io.tscns.spring.security.CnsProblemEntryPoint;
import io.tscns.spring.security.CnsX509PrincipalExtractor;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of CNS login from {@code tscns.auth.*} ({@link TscnsAuthProperties}): a {@link CnsLogin} with
 * trust and revocation kept fresh in the background; the {@link CnsRequestAuthenticator} reading the certificate
 * from the TLS session or the trusted proxy; with Spring Security, the {@link CnsAuthenticationProvider},
 * {@link CnsX509PrincipalExtractor}, a default {@link CnsAuthoritiesMapper} and the {@link CnsLoginConfigurer} to
 * apply to a filter chain; without it, the Jakarta {@link CnsLoginFilter} when {@code tscns.auth.filter.enabled};
 * with Actuator, a health indicator that is down when a CRL or the trusted list is past its freshness; with
 * Micrometer, counters of validations and refusals and gauges of the sources' age; with
 * {@code tscns.auth.challenge.audience}, a {@link ChallengeVerifier} whose store is in memory or the application's
 * database. Every bean backs off when the application defines its own.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(TscnsAuthProperties.class)
public class TscnsAuthAutoConfiguration {

    /**
     * The login, closed with the context.
     *
     * @param properties the settings
     * @param listener   told of every verdict (the metrics, when Micrometer is present)
     * @return the login
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public CnsLogin cnsLogin(TscnsAuthProperties properties, ObjectProvider<LoginListener> listener) {
        return CnsLoginFactory.create(properties, Optional.ofNullable(listener.getIfUnique()), Clock.systemUTC());
    }

    /**
     * Reads each request's certificate.
     *
     * @param login      validates it
     * @param properties the proxy settings
     * @return the authenticator
     */
    @Bean
    @ConditionalOnMissingBean
    public CnsRequestAuthenticator cnsRequestAuthenticator(CnsLogin login, TscnsAuthProperties properties) {
        TscnsAuthProperties.Proxy proxy = properties.proxy();
        Optional<TrustedProxyHeader> header = proxy.trusted().isEmpty()
                ? Optional.empty()
                : Optional.of(new TrustedProxyHeader(
                        proxy.header(),
                        proxy.format(),
                        proxy.trusted().stream().map(AddressRange::parse).toList()));
        return new CnsRequestAuthenticator(login, header);
    }

    /**
     * The challenge verifier, when an audience is configured.
     *
     * @param login      validates the card's certificate
     * @param properties the challenge settings
     * @param dataSource the application's database, for the {@code jdbc} store
     * @return the verifier
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("tscns.auth.challenge.audience")
    public ChallengeVerifier cnsChallengeVerifier(
            CnsLogin login, TscnsAuthProperties properties, ObjectProvider<DataSource> dataSource) {
        TscnsAuthProperties.Challenge challenge = properties.challenge();
        ChallengeStore store = switch (challenge.store()) {
            case MEMORY -> new InMemoryChallengeStore(challenge.capacity());
            case JDBC -> {
                JdbcChallengeStore jdbc =
                        new JdbcChallengeStore(dataSource.getObject(), challenge.table(), challenge.capacity());
                jdbc.createTable();
                yield jdbc;
            }
        };
        return new ChallengeVerifier(challenge.audience(), challenge.lifetime(), store, login, Clock.systemUTC());
    }

    /** The Spring Security side. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        CnsAuthoritiesMapper cnsAuthoritiesMapper() {
            return CnsAuthoritiesMapper.citizen();
        }

        @Bean
        @ConditionalOnMissingBean
        CnsAuthenticationProvider cnsAuthenticationProvider(CnsLogin login, CnsAuthoritiesMapper authorities) {
            return new CnsAuthenticationProvider(login, authorities);
        }

        @Bean
        @ConditionalOnMissingBean
        CnsX509PrincipalExtractor cnsX509PrincipalExtractor() {
            return new CnsX509PrincipalExtractor();
        }

        @Bean
        @ConditionalOnMissingBean
        CnsProblemEntryPoint cnsProblemEntryPoint() {
            return new CnsProblemEntryPoint();
        }

        @Bean
        @ConditionalOnMissingBean
        CnsLoginConfigurer cnsLoginConfigurer(
                CnsRequestAuthenticator certificates,
                CnsAuthenticationProvider provider,
                CnsProblemEntryPoint entryPoint) {
            return new CnsLoginConfigurer(certificates, provider, entryPoint);
        }
    }

    /** The Jakarta filter, for applications without Spring Security. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingClass("org.springframework.security.config.annotation.web.builders.HttpSecurity")
    @ConditionalOnProperty("tscns.auth.filter.enabled")
    static class PlainFilter {

        @Bean
        FilterRegistrationBean<CnsLoginFilter> cnsLoginFilter(
                CnsRequestAuthenticator authenticator, TscnsAuthProperties properties) {
            FilterRegistrationBean<CnsLoginFilter> registration = new FilterRegistrationBean<>(
                    new CnsLoginFilter(authenticator, properties.filter().required()));
            registration.setUrlPatterns(properties.filter().urlPatterns());
            return registration;
        }
    }

    /** The Actuator health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        @Bean
        @ConditionalOnMissingBean
        CnsLoginHealthIndicator cnsLoginHealthIndicator(CnsLogin login) {
            return new CnsLoginHealthIndicator(login, Clock.systemUTC());
        }
    }

    /** The Micrometer metrics. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        CnsLoginMetrics cnsLoginMetrics(ObjectProvider<CnsLogin> login) {
            return new CnsLoginMetrics(login::getObject, Clock.systemUTC());
        }
    }
}
