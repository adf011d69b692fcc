package io.tscns.benchmarks.spring;

import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.servlet.CnsRequestAuthenticator;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.benchmarks.auth.NationalCrl;
import io.tscns.spring.security.CnsAuthenticationFilter;
import io.tscns.spring.security.CnsAuthenticationProvider;
import io.tscns.spring.security.CnsAuthoritiesMapper;
import io.tscns.spring.security.CnsProblemEntryPoint;
import io.tscns.testpki.TestCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * CNS logins per second through a Spring Security filter chain, with the 1,000,000-entry CRL of the auth benchmarks,
 * and login latency while a refresh of that CRL runs; everything in one run.
 *
 * <p>Both chains hold the filters {@code HttpSecurity} puts around authentication (security context, exception
 * translation, authorisation: any authenticated request) and differ only in how the certificate is authenticated:
 * <ul>
 *   <li><b>tscns</b>: {@link CnsAuthenticationFilter} and {@link CnsAuthenticationProvider} over a {@link CnsLogin}
 *       holding the CRL (chain, CNS policy, key usage, EKU, codice fiscale, CRL lookup);</li>
 *   <li><b>stock</b>: Spring Security's {@link X509AuthenticationFilter} (principal = the CN) and
 *       {@link PreAuthenticatedAuthenticationProvider}, whose user-details service runs the JDK's PKIX
 *       {@code CertPathValidator} with revocation on and the same CRL (an {@code X509CRL}) in a {@code CertStore}:
 *       what a Spring application checking revocation itself would write.</li>
 * </ul>
 * Each login is one request object carrying the certificate in {@code jakarta.servlet.request.X509Certificate}, as a
 * servlet container puts it after mutual TLS.
 *
 * <p>Run: {@code java -cp tscns-benchmarks/target/benchmarks.jar io.tscns.benchmarks.spring.SpringFilterLoginBenchmark
 * [measure seconds] [warm-up seconds] [threads]}; the interop profile runs it briefly (SpringFilterLoginBenchmarkIT).
 */
public final class SpringFilterLoginBenchmark {

    /** How long and with how many threads each phase runs. */
    public record Settings(Duration warmup, Duration measure, int threads) {}

    /** Percentiles of one phase's login latencies, in microseconds. */
    public record Latency(long count, double p50, double p99, double p999, double max) {
        static Latency of(long[] nanos, int count) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return new Latency(
                    count,
                    micros(sorted, 0.50),
                    micros(sorted, 0.99),
                    micros(sorted, 0.999),
                    count == 0 ? 0 : sorted[count - 1] / 1000.0);
        }

        private static double micros(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
        }
    }

    /**
     * What a run measured and what it checked.
     *
     * @param tscnsPerSecond   logins per second through the tscns chain
     * @param stockPerSecond   logins per second through the stock chain
     * @param quiet            tscns login latency, no refresh running
     * @param refreshing       tscns login latency while the CRL is reloaded again and again
     * @param refreshes        how many CRL refreshes completed during the refreshing phase
     * @param refreshMillis    the mean time of one refresh
     * @param tscnsPrincipal   the principal name the tscns chain gives the valid card
     * @param stockPrincipal   the principal name the stock chain gives it
     * @param revokedRefused   whether both chains refused a certificate listed on the CRL
     */
    public record Report(
            double tscnsPerSecond,
            double stockPerSecond,
            Latency quiet,
            Latency refreshing,
            long refreshes,
            double refreshMillis,
            String tscnsPrincipal,
            String stockPrincipal,
            boolean revokedRefused) {

        /**
         * Returns the report as the Markdown table of the README.
         *
         * @return the table
         */
        public String table() {
            return String.format(
                    Locale.ROOT,
                    """
                    | Chain (1,000,000-entry CRL) | Logins/s | Principal |
                    |---|---|---|
                    | tscns (CnsAuthenticationFilter + CnsLogin) | %,.0f | %s |
                    | stock X.509 + JDK PKIX with the CRL | %,.1f | %s |

                    | tscns login latency | logins | p50 | p99 | p99.9 | max |
                    |---|---|---|---|---|---|
                    | no refresh | %,d | %.0f µs | %.0f µs | %.0f µs | %.1f ms |
                    | CRL refresh running (%d refreshes, %.0f ms each) | %,d | %.0f µs | %.0f µs | %.0f µs | %.1f ms |
                    """,
                    tscnsPerSecond,
                    tscnsPrincipal,
                    stockPerSecond,
                    stockPrincipal,
                    quiet.count(),
                    quiet.p50(),
                    quiet.p99(),
                    quiet.p999(),
                    quiet.max() / 1000,
                    refreshes,
                    refreshMillis,
                    refreshing.count(),
                    refreshing.p50(),
                    refreshing.p99(),
                    refreshing.p999(),
                    refreshing.max() / 1000);
        }
    }

    private SpringFilterLoginBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param arguments measure seconds (20), warm-up seconds (10), threads (2)
     * @throws Exception if a chain cannot be built
     */
    public static void main(String[] arguments) throws Exception {
        Settings settings = new Settings(
                Duration.ofSeconds(arguments.length > 1 ? Long.parseLong(arguments[1]) : 10),
                Duration.ofSeconds(arguments.length > 0 ? Long.parseLong(arguments[0]) : 20),
                arguments.length > 2 ? Integer.parseInt(arguments[2]) : 2);
        System.out.println(run(settings).table());
    }

    /**
     * Runs every phase.
     *
     * @param settings durations and threads
     * @return the figures
     * @throws Exception if a chain cannot be built
     */
    public static Report run(Settings settings) throws Exception {
        X509Certificate ca = NationalCrl.issuer();
        Clock clock = Clock.fixed(NationalCrl.NOW, ZoneOffset.UTC);
        X509Certificate valid = NationalCrl.holder().certificate();
        TestCredential revoked = NationalCrl.CA.issueCredential(
                NationalCrl.CA
                        .cnsAuthentication(
                                io.tscns.testpki.CnsSubject.of(
                                        io.tscns.core.person.CodiceFiscale.parse("VRDGLI48P63G702J"),
                                        "6090224572540000",
                                        "GIULIA",
                                        "VERDI",
                                        "REGIONE TOSCANA",
                                        new byte[] {1}),
                                NationalCrl.PKI
                                        .keys()
                                        .rsa("holder/benchmark-revoked")
                                        .getPublic())
                        .serialNumber(NationalCrl.POPULATION.serial(123_456))
                        .build(),
                NationalCrl.PKI.keys().rsa("holder/benchmark-revoked").getPrivate());

        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(ca)))
                .crl(NationalCrl.file().toUri())
                .learnCrlLocations(false)
                .clock(clock)
                .build()) {
            Filter tscns = tscnsChain(login);
            String tscnsPrincipal = principal(tscns, valid);
            boolean revokedRefused = status(tscns, revoked.certificate()) == 401;
            double tscnsRate = throughput(tscns, valid, settings);

            // The stock chain holds the JDK's CRL, about 600 MB of objects: built, measured and dropped before the
            // latency phases, so that its heap does not weigh on tscns's collections.
            Filter stock = stockChain(ca, NationalCrl.parseWithJdk());
            String stockPrincipal = principal(stock, valid);
            revokedRefused &= status(stock, revoked.certificate()) == 403;
            double stockRate = throughput(stock, valid, settings);
            stock = null;
            System.gc();

            Latency quiet = latency(tscns, valid, settings, Optional.empty(), new AtomicLong(), new AtomicLong());
            AtomicLong refreshes = new AtomicLong();
            AtomicLong refreshNanos = new AtomicLong();
            Latency refreshing = latency(tscns, valid, settings, Optional.of(login), refreshes, refreshNanos);
            return new Report(
                    tscnsRate,
                    stockRate,
                    quiet,
                    refreshing,
                    refreshes.get(),
                    refreshes.get() == 0 ? 0 : refreshNanos.get() / 1e6 / refreshes.get(),
                    tscnsPrincipal,
                    stockPrincipal,
                    revokedRefused);
        }
    }

    private static Filter tscnsChain(CnsLogin login) {
        CnsProblemEntryPoint entryPoint = new CnsProblemEntryPoint();
        CnsAuthenticationFilter authentication = new CnsAuthenticationFilter(
                new CnsRequestAuthenticator(login, Optional.empty()),
                new ProviderManager(new CnsAuthenticationProvider(login, CnsAuthoritiesMapper.citizen())),
                entryPoint);
        return chain(authentication, entryPoint);
    }

    private static Filter stockChain(X509Certificate ca, X509CRL crl) throws GeneralSecurityException {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(true);
        parameters.setDate(Date.from(NationalCrl.NOW));
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> users = token -> {
            try {
                CertPath path = CertificateFactory.getInstance("X.509")
                        .generateCertPath(List.of((X509Certificate) token.getCredentials()));
                CertPathValidator.getInstance("PKIX").validate(path, parameters);
            } catch (GeneralSecurityException e) {
                throw new BadCredentialsException("PKIX refused the certificate: " + e.getMessage(), e);
            }
            return new User(token.getName(), "", AuthorityUtils.createAuthorityList("ROLE_USER"));
        };
        PreAuthenticatedAuthenticationProvider provider = new PreAuthenticatedAuthenticationProvider();
        provider.setPreAuthenticatedUserDetailsService(users);
        X509AuthenticationFilter authentication = new X509AuthenticationFilter();
        authentication.setAuthenticationManager(new ProviderManager(provider));
        authentication.afterPropertiesSet();
        return chain(authentication, new Http403ForbiddenEntryPoint());
    }

    /** The filters HttpSecurity puts around authentication, with the given authentication filter. */
    private static Filter chain(Filter authentication, AuthenticationEntryPoint entryPoint) {
        return new FilterChainProxy(new DefaultSecurityFilterChain(
                AnyRequestMatcher.INSTANCE,
                new SecurityContextHolderFilter(new RequestAttributeSecurityContextRepository()),
                authentication,
                new ExceptionTranslationFilter(entryPoint),
                new AuthorizationFilter(AuthenticatedAuthorizationManager.authenticated())));
    }

    /** One login: the status, and the principal the application saw. */
    private static String[] login(Filter chain, X509Certificate certificate) throws IOException, ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setAttribute(CnsRequestAuthenticator.CERTIFICATE_ATTRIBUTE, new X509Certificate[] {certificate});
        MockHttpServletResponse response = new MockHttpServletResponse();
        String[] seen = new String[1];
        FilterChain application = (req, res) -> {
            seen[0] = SecurityContextHolder.getContext().getAuthentication().getName();
            ((HttpServletResponse) res).setStatus(200);
        };
        chain.doFilter(request, response, application);
        return new String[] {Integer.toString(response.getStatus()), seen[0]};
    }

    private static int status(Filter chain, X509Certificate certificate) throws IOException, ServletException {
        return Integer.parseInt(login(chain, certificate)[0]);
    }

    private static String principal(Filter chain, X509Certificate certificate) throws IOException, ServletException {
        String[] result = login(chain, certificate);
        if (!"200".equals(result[0])) {
            throw new IllegalStateException("the valid card was refused with " + result[0]);
        }
        return result[1];
    }

    private static double throughput(Filter chain, X509Certificate certificate, Settings settings)
            throws InterruptedException {
        run(chain, certificate, settings.threads(), settings.warmup(), new AtomicLong());
        AtomicLong logins = new AtomicLong();
        long start = System.nanoTime();
        run(chain, certificate, settings.threads(), settings.measure(), logins);
        return logins.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Logs in from several threads until the time is up; counts the logins that got 200. */
    private static void run(Filter chain, X509Certificate certificate, int threads, Duration time, AtomicLong logins)
            throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        List<Thread> workers = new ArrayList<>();
        AtomicBoolean failed = new AtomicBoolean();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            do {
                                if (status(chain, certificate) != 200) {
                                    failed.set(true);
                                }
                                logins.incrementAndGet();
                            } while (System.nanoTime() < end);
                        } catch (IOException | ServletException e) {
                            failed.set(true);
                        }
                    },
                    "login-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failed.get()) {
            throw new IllegalStateException("a login of the valid card failed during the run");
        }
    }

    /** One thread logs in for the measured time, optionally while another reloads the CRL again and again. */
    private static Latency latency(
            Filter chain,
            X509Certificate certificate,
            Settings settings,
            Optional<CnsLogin> refresh,
            AtomicLong refreshes,
            AtomicLong refreshNanos)
            throws Exception {
        run(chain, certificate, 1, settings.warmup(), new AtomicLong());
        AtomicBoolean stop = new AtomicBoolean();
        Thread refresher = new Thread(
                () -> {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        if (!refresh.orElseThrow().refreshNow()) {
                            throw new IllegalStateException(
                                    "the CRL refresh failed: " + refresh.get().sources());
                        }
                        refreshNanos.addAndGet(System.nanoTime() - start);
                        refreshes.incrementAndGet();
                    }
                },
                "crl-refresh");
        if (refresh.isPresent()) {
            refresher.start();
        }
        long[] nanos = new long[1 << 22];
        int count = 0;
        long end = System.nanoTime() + settings.measure().toNanos();
        try {
            while (System.nanoTime() < end && count < nanos.length) {
                long start = System.nanoTime();
                if (status(chain, certificate) != 200) {
                    throw new IllegalStateException("the valid card was refused during the latency run");
                }
                nanos[count++] = System.nanoTime() - start;
            }
        } finally {
            stop.set(true);
            if (refresh.isPresent()) {
                refresher.join();
            }
        }
        return Latency.of(nanos, count);
    }
}
