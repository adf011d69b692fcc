package io.tscns.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tscns.auth.challenge.ChallengeStoreException;
import io.tscns.auth.challenge.ChallengeStoreProblem;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.servlet.CnsLoginFilter;
import io.tscns.auth.servlet.CnsRequestAuthenticator;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.spring.boot.actuate.CnsLoginHealthIndicator;
import io.tscns.spring.boot.actuate.CnsLoginMetrics;
import io.tscns.spring.security.CnsAuthenticationFilter;
import io.tscns.spring.security.CnsAuthenticationProvider;
import io.tscns.spring.security.CnsAuthenticationToken;
import io.tscns.spring.security.CnsAuthoritiesMapper;
import io.tscns.spring.security.CnsLoginConfigurer;
import io.tscns.spring.security.CnsLoginRefusedException;
import io.tscns.spring.security.CnsProblemEntryPoint;
import io.tscns.spring.security.CnsX509PrincipalExtractor;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.HttpFault;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * The auto-configuration from {@code tscns.auth.*}: the beans it makes with and without Spring Security, the provider
 * for both token types, the filter with a trusted and an untrusted proxy, the health indicator and the metrics.
 */
class TscnsAuthAutoConfigurationTest {

    private static final CnsSubject HOLDER = CnsSubject.of(
            CodiceFiscale.parse("RSSMRA80A01H501U"),
            "6090123456789000",
            "MARIO",
            "ROSSI",
            "REGIONE TOSCANA",
            new byte[] {1, 2, 3});

    @TempDir
    static Path directory;

    private static RevocationHttpServer server;
    private static TestPki pki;
    private static TestCa toscana;

    @BeforeAll
    static void publish() throws Exception {
        server = RevocationHttpServer.start();
        pki = TestPki.builder().urlBase(server.baseUri()).build();
        pki.publish(server);
        toscana = pki.issuingCa(TestIssuer.TOSCANA);
        Files.writeString(directory.resolve("toscana.pem"), pem(toscana.certificate()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String[] properties(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "tscns.auth.trust.directory=" + directory,
                "tscns.auth.revocation.crls=" + server.baseUri().resolve(TestPki.crlPath(TestIssuer.TOSCANA)),
                "tscns.auth.revocation.learn-crl-locations=false",
                "tscns.auth.proxy.trusted=10.0.0.0/8"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TscnsAuthAutoConfiguration.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new);
    }

    @Test
    void withSpringSecurityTheProviderNamesTheCitizenByCodiceFiscaleAndRefusesARevokedCard() {
        runner().withPropertyValues(properties()).run(context -> {
            for (Class<?> type : List.of(
                    CnsLogin.class,
                    CnsRequestAuthenticator.class,
                    CnsAuthenticationProvider.class,
                    CnsX509PrincipalExtractor.class,
                    CnsAuthoritiesMapper.class,
                    CnsLoginConfigurer.class,
                    CnsProblemEntryPoint.class,
                    CnsLoginHealthIndicator.class,
                    CnsLoginMetrics.class)) {
                assertEquals(1, context.getBeansOfType(type).size(), type.getSimpleName());
            }
            CnsAuthenticationProvider provider = context.getBean(CnsAuthenticationProvider.class);
            X509Certificate card = pki.cnsCredential(TestIssuer.TOSCANA, HOLDER).certificate();
            Authentication login = provider.authenticate(CnsAuthenticationToken.unauthenticated(List.of(card)));
            assertEquals("RSSMRA80A01H501U", login.getName());
            assertEquals(
                    List.of(CnsAuthoritiesMapper.CITIZEN),
                    login.getAuthorities().stream().map(Object::toString).toList());

            // The stock X.509 filter's token: principal from the extractor, the certificate as credentials.
            Object principal = context.getBean(CnsX509PrincipalExtractor.class).extractPrincipal(card);
            assertEquals("RSSMRA80A01H501U", principal);
            assertInstanceOf(
                    CnsAuthenticationToken.class,
                    provider.authenticate(new PreAuthenticatedAuthenticationToken(principal, card)));

            X509Certificate revoked =
                    pki.cnsCredential(TestIssuer.TOSCANA, HOLDER).certificate();
            toscana.revoke(revoked, Instant.now().minusSeconds(1), CrlReason.KEY_COMPROMISE);
            context.getBean(CnsLogin.class).refreshNow();
            CnsLoginRefusedException refused = assertThrows(
                    CnsLoginRefusedException.class,
                    () -> provider.authenticate(CnsAuthenticationToken.unauthenticated(List.of(revoked))));
            assertEquals("revoked", refused.verdict().reasons().get(0).code());

            assertEquals(
                    Status.UP,
                    context.getBean(CnsLoginHealthIndicator.class).health().getStatus());
        });
    }

    @Test
    void theSecurityFilterBelievesTheHeaderFromTheTrustedProxyOnly() {
        runner().withPropertyValues(properties()).run(context -> {
            CnsAuthenticationFilter filter = new CnsAuthenticationFilter(
                    context.getBean(CnsRequestAuthenticator.class),
                    new ProviderManager(context.getBean(CnsAuthenticationProvider.class)),
                    context.getBean(CnsProblemEntryPoint.class));
            String header = URLEncoder.encode(
                            pem(pki.cnsCredential(TestIssuer.TOSCANA, HOLDER).certificate()), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            try {
                MockHttpServletRequest fromNginx = new MockHttpServletRequest("GET", "/");
                fromNginx.setRemoteAddr("10.1.2.3");
                fromNginx.addHeader("X-SSL-Client-Cert", header);
                MockFilterChain chain = new MockFilterChain();
                filter.doFilter(fromNginx, new MockHttpServletResponse(), chain);
                assertEquals(fromNginx, chain.getRequest(), "the chain went on");
                assertEquals(
                        "RSSMRA80A01H501U",
                        SecurityContextHolder.getContext().getAuthentication().getName());
            } finally {
                SecurityContextHolder.clearContext();
            }

            MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
            forged.setRemoteAddr("192.0.2.7");
            forged.addHeader("X-SSL-Client-Cert", header);
            MockHttpServletResponse refused = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(forged, refused, chain);
            assertNull(chain.getRequest(), "the chain stopped");
            assertEquals(401, refused.getStatus());
            assertEquals("application/problem+json", refused.getContentType());
            assertTrue(
                    refused.getContentAsString().contains("\"code\":\"untrusted-proxy\""),
                    refused.getContentAsString());
        });
    }

    @Test
    void aCrlThatCannotBeFetchedTurnsTheHealthDown() {
        server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.SERVER_ERROR);
        try {
            runner().withPropertyValues(properties()).run(context -> {
                Health health = context.getBean(CnsLoginHealthIndicator.class).health();
                assertEquals(Status.DOWN, health.getStatus());
                assertTrue(
                        health.getDetails().toString().contains("HTTP 500"),
                        health.getDetails().toString());
                assertTrue(
                        health.getDetails().toString().contains("MISSING"),
                        health.getDetails().toString());
            });
        } finally {
            server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.NONE);
        }
    }

    @Test
    void metricsCountValidationsAndRefusalsByReason() {
        runner().withPropertyValues(properties()).run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBean(CnsLoginMetrics.class).bindTo(registry);
            CnsLogin login = context.getBean(CnsLogin.class);
            login.validate(pki.cnsCredential(TestIssuer.TOSCANA, HOLDER).certificate());
            login.validate(pki.cnsCredential(TestIssuer.LOMBARDIA, HOLDER).certificate());
            assertEquals(
                    1.0,
                    registry.get("tscns.auth.validations")
                            .tag("outcome", "accepted")
                            .counter()
                            .count());
            assertEquals(
                    1.0,
                    registry.get("tscns.auth.validations")
                            .tag("outcome", "rejected")
                            .counter()
                            .count());
            assertEquals(
                    1.0,
                    registry.get("tscns.auth.refusals")
                            .tag("reason", "untrusted-issuer")
                            .counter()
                            .count());
            assertEquals(0.0, registry.get("tscns.auth.sources.unfresh").gauge().value());
            assertTrue(registry.get("tscns.auth.sources.age.max").gauge().value() >= 0);
        });
    }

    @Test
    void withoutSpringSecurityThePlainFilterIsRegisteredWhenEnabled() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TscnsAuthAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(HttpSecurity.class))
                .withPropertyValues(properties("tscns.auth.filter.enabled=true", "tscns.auth.filter.required=false"))
                .run(context -> {
                    assertFalse(context.containsBean("cnsAuthenticationProvider"));
                    FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
                    assertInstanceOf(CnsLoginFilter.class, registration.getFilter());
                    assertEquals(List.of("/*"), List.copyOf(registration.getUrlPatterns()));
                });
    }

    @Test
    void anAudienceMakesAChallengeVerifierOverTheStoreThePropertiesName() {
        runner().withPropertyValues(properties())
                .run(context -> assertTrue(
                        context.getBeansOfType(ChallengeVerifier.class).isEmpty()));
        runner().withPropertyValues(properties(
                        "tscns.auth.challenge.audience=portale.example",
                        "tscns.auth.challenge.store=memory",
                        "tscns.auth.challenge.capacity=1"))
                .run(context -> {
                    ChallengeVerifier verifier = context.getBean(ChallengeVerifier.class);
                    verifier.issue();
                    ChallengeStoreException full = assertThrows(ChallengeStoreException.class, verifier::issue);
                    assertEquals(new ChallengeStoreProblem.Full(1), full.problem());
                });
        runner().withPropertyValues(
                        properties("tscns.auth.challenge.audience=portale.example", "tscns.auth.challenge.store=redis"))
                .run(context -> {
                    StringBuilder causes = new StringBuilder();
                    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                        causes.append(t).append('\n');
                    }
                    assertTrue(causes.toString().contains("value [redis]"), causes.toString());
                });
    }

    @Test
    void theKeyStorePasswordNeverReachesToString() {
        TscnsAuthProperties.Trust trust = new TscnsAuthProperties.Trust(
                null,
                null,
                "s3cr3t-Password",
                "PKCS12",
                null,
                List.of(),
                null,
                List.of(),
                "IT",
                java.time.Duration.ofDays(1));
        assertFalse(trust.toString().contains("s3cr3t"), trust.toString());
        assertTrue(trust.toString().contains("keyStorePassword=(set)"));
        assertFalse(new TscnsAuthProperties(trust, null, null, null, null)
                .toString()
                .contains("s3cr3t"));
    }

    @Test
    void twoKindsOfTrustAreRefusedAtStart() {
        runner().withPropertyValues(properties(
                        "tscns.auth.trust.trusted-list=http://127.0.0.1:1/tsl.xml",
                        "tscns.auth.trust.trusted-list-signers=file:" + directory.resolve("toscana.pem")))
                .run(context -> {
                    Throwable failure = context.getStartupFailure();
                    while (failure.getCause() != null) {
                        failure = failure.getCause();
                    }
                    assertInstanceOf(IllegalStateException.class, failure);
                    assertTrue(failure.getMessage().contains("either fixed trust anchors"), failure.getMessage());
                });
    }
}
