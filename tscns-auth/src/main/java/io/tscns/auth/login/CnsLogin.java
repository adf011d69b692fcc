package io.tscns.auth.login;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.internal.BoundedDownloads;
import io.tscns.auth.internal.CrlRefresh;
import io.tscns.auth.internal.CrlSources;
import io.tscns.auth.internal.RefreshTask;
import io.tscns.auth.internal.TrustRefresh;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FailMode;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.HttpRevocationTransport;
import io.tscns.auth.revocation.OcspRevocationChecker;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.revocation.RevocationTransport;
import io.tscns.auth.trust.InvalidTrustException;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.trust.TrustProblem;
import io.tscns.auth.trust.TrustedListResolver;
import io.tscns.auth.validation.CertificateValidator;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CNS login with one call (<i>accesso con CNS</i>): the trust anchors, the revocation sources and the validator a
 * service provider would otherwise wire by hand, with trust and revocation data kept fresh in the background.
 *
 * <pre>{@code
 * CnsLogin login = CnsLogin.builder()
 *         .listOfTrustedLists(EU_LOTL, officialJournalSigners)    // follows AgID's signer through the LOTL
 *         .trustedList(AGID_TSL, Set.of(agidSigner))              // offline fallback
 *         .build();
 * Verdict verdict = login.validate(clientCertificate);
 * }</pre>
 *
 * <p><b>Freshness.</b> CRLs and the trusted list are fetched at start, then refreshed by one background thread on the
 * refresh interval, or at their nextUpdate if sooner, and after the retry interval when an attempt failed; a failed
 * attempt keeps the last good data, which the {@link FreshnessPolicy} lets the validator use until its nextUpdate
 * plus the grace. Past that, a CRL answers "unknown" and the {@link FailMode} decides. Downloads are bounded in size
 * ({@link CrlLimits}) and in time (the download timeout covers the whole body). {@link #sources()} tells the state of
 * every source. The only download a login may wait for is the first certificate of a CA no configured CRL URL
 * covered (one attempt, then background refresh like the others).
 *
 * <p>Thread-safe. {@link #close()} stops the background threads.
 *
 * @since 0.1.0
 */
public final class CnsLogin implements CertificateValidator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CnsLogin.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ValidationPolicy policy;
    private final FreshnessPolicy freshness;
    private final Duration refreshInterval;
    private final Duration retryInterval;
    private final Clock clock;
    private final Optional<LoginListener> listener;
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService watchdog;
    private final AtomicReference<TrustAnchors> anchors;
    private final AtomicReference<CnsCertificateValidator> validator = new AtomicReference<>();
    private final Optional<RevocationChecker> revocation;
    private final CrlSources crls;
    private final Optional<TrustRefresh> trust;
    private volatile boolean closed;

    private CnsLogin(Builder builder) {
        this.policy = builder.policy;
        this.freshness = builder.freshness;
        this.refreshInterval = builder.refreshInterval;
        this.retryInterval = builder.retryInterval;
        this.clock = builder.clock;
        this.listener = Optional.ofNullable(builder.listener);
        int instance = INSTANCES.incrementAndGet();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("tscns-login-refresh-" + instance));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("tscns-login-deadline-" + instance));
        RevocationTransport transport = Optional.ofNullable(builder.transport)
                .orElseGet(() -> new HttpRevocationTransport(builder.downloadTimeout));
        BoundedDownloads downloads = new BoundedDownloads(transport, builder.downloadTimeout, watchdog);
        this.anchors = new AtomicReference<>(builder.anchors);
        this.trust = builder.resolver()
                .map(resolver -> new TrustRefresh(
                        resolver,
                        builder.territory,
                        builder.listLocation
                                .or(() -> builder.lotlLocation)
                                .orElseThrow()
                                .toString(),
                        builder.lotlLocation,
                        downloads,
                        this::trust,
                        clock));
        this.crls = new CrlSources(
                new CrlRevocationChecker(Optional.empty(), freshness, clock, builder.crlLimits),
                anchors::get,
                downloads,
                builder.crlLimits,
                refreshInterval,
                builder.learnCrlLocations,
                this::schedule,
                clock);
        RevocationChecker checker =
                builder.ocspFallback ? crls.orElse(new OcspRevocationChecker(transport, freshness, clock)) : crls;
        this.revocation = builder.checkRevocation ? Optional.of(checker) : Optional.empty();
        try {
            if (trust.isPresent() && !trust.get().refresh()) {
                throw new InvalidTrustException(new TrustProblem.Unreadable(
                        trust.get().location(), trust.get().lastError().orElse("no trusted list")));
            }
            trust(anchors.get());
            builder.crls.forEach((url, delta) -> crls.configure(url, delta).refresh());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        trust.ifPresent(this::schedule);
        crls.all().forEach(this::schedule);
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the defaults: hard fail, hourly refresh, one-minute retry, 30-second downloads, CRLs
     *         learned from certificates, no OCSP
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Verdict validate(List<X509Certificate> chain) {
        Verdict verdict = validator.get().validate(chain);
        listener.ifPresent(l -> {
            try {
                l.onVerdict(verdict);
            } catch (RuntimeException e) {
                LOG.warn("a login listener failed", e);
            }
        });
        return verdict;
    }

    /**
     * Returns the trust anchors in use: the IdV CAs of the latest trusted list, or the configured ones.
     *
     * @return the anchors
     */
    public TrustAnchors anchors() {
        return anchors.get();
    }

    /**
     * Returns the state of every source kept fresh: the trusted list (and the LOTL) first, then each CA's CRL.
     *
     * @return the states, a snapshot
     */
    public List<SourceState> sources() {
        List<SourceState> states = new ArrayList<>();
        trust.ifPresent(task -> states.addAll(task.states(freshness)));
        crls.all().forEach(task -> states.addAll(task.states(freshness)));
        return states;
    }

    /**
     * Tells whether every source holds data within its freshness policy: what a health check reports.
     *
     * @return {@code true} if no source is stale or missing
     */
    public boolean isFresh() {
        return sources().stream().allMatch(state -> state.freshness() == SourceState.Freshness.FRESH);
    }

    /**
     * Refreshes every source now, in the calling thread (the background schedule goes on): for an operator's
     * "reload" action, or a test.
     *
     * @return {@code true} if every source refreshed
     */
    public boolean refreshNow() {
        boolean all = trust.map(RefreshTask::refresh).orElse(true);
        for (CrlRefresh source : crls.all()) {
            all &= source.refresh();
        }
        return all;
    }

    /**
     * Returns the validation policy.
     *
     * @return the policy, including the fail mode
     */
    public ValidationPolicy policy() {
        return policy;
    }

    /** Stops the background refresh; the data held stays in use. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        watchdog.shutdownNow();
    }

    private void trust(TrustAnchors current) {
        anchors.set(current);
        validator.set(new CnsCertificateValidator(current, policy, revocation, clock));
    }

    private void schedule(RefreshTask task) {
        if (closed) {
            return;
        }
        Duration delay = task.nextDelay(refreshInterval, retryInterval);
        try {
            scheduler.schedule(
                    () -> {
                        task.refresh();
                        schedule(task);
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("not scheduling {}: closed", task);
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "CnsLogin[" + anchors.get() + ", " + crls.all().size() + " CRL sources, " + policy.failMode() + "]";
    }

    /** Builds a {@link CnsLogin}. Not thread-safe. */
    public static final class Builder {
        private TrustAnchors anchors;
        private Optional<URI> lotlLocation = Optional.empty();
        private Set<X509Certificate> lotlSigners = Set.of();
        private Optional<URI> listLocation = Optional.empty();
        private Set<X509Certificate> listSigners = Set.of();
        private String territory = "IT";
        private Duration listGrace = Duration.ofDays(1);
        private final Map<URI, Optional<URI>> crls = new LinkedHashMap<>();
        private boolean learnCrlLocations = true;
        private boolean ocspFallback;
        private boolean checkRevocation = true;
        private ValidationPolicy policy = ValidationPolicy.DEFAULT;
        private FreshnessPolicy freshness = FreshnessPolicy.DEFAULT;
        private Duration refreshInterval = Duration.ofHours(1);
        private Duration retryInterval = Duration.ofMinutes(1);
        private Duration downloadTimeout = Duration.ofSeconds(30);
        private CrlLimits crlLimits = CrlLimits.DEFAULT;
        private RevocationTransport transport;
        private Clock clock = Clock.systemUTC();
        private LoginListener listener;

        private Builder() {}

        /**
         * Trusts fixed CA certificates.
         *
         * @param value the anchors
         * @return this builder
         */
        public Builder trustAnchors(TrustAnchors value) {
            this.anchors = Objects.requireNonNull(value, "anchors");
            return this;
        }

        /**
         * Trusts the CA certificates in a directory ({@link TrustAnchors#fromDirectory(Path)}).
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder trustDirectory(Path directory) {
            return trustAnchors(TrustAnchors.fromDirectory(directory));
        }

        /**
         * Trusts the certificate entries of a key store ({@link TrustAnchors#fromKeyStore(KeyStore)}).
         *
         * @param store a loaded key store
         * @return this builder
         */
        public Builder trustStore(KeyStore store) {
            return trustAnchors(TrustAnchors.fromKeyStore(store));
        }

        /**
         * Trusts the IdV CAs of a national trusted list, refreshed in the background: AgID's TSL-IT.xml at its URL,
         * or a local file ({@code file:} URI) a job refreshes. With {@link #listOfTrustedLists}, these signers are
         * the fallback used only when the LOTL cannot be.
         *
         * @param location the list's URL or file URI
         * @param signers  the certificates allowed to sign it
         * @return this builder
         */
        public Builder trustedList(URI location, Set<X509Certificate> signers) {
            this.listLocation = Optional.of(location);
            this.listSigners = Set.copyOf(signers);
            return this;
        }

        /**
         * Follows the EU list of trusted lists to the national list and to the signers it announces for it, so
         * that a change of the national list's signer needs no reconfiguration ({@code docs/cms.md §6.6}).
         *
         * @param location the LOTL's URL
         * @param signers  the LOTL signing certificates the Official Journal published
         * @return this builder
         */
        public Builder listOfTrustedLists(URI location, Set<X509Certificate> signers) {
            this.lotlLocation = Optional.of(location);
            this.lotlSigners = Set.copyOf(signers);
            return this;
        }

        /**
         * Sets the national list's territory in the LOTL.
         *
         * @param value e.g. {@code IT} (the default)
         * @return this builder
         */
        public Builder territory(String value) {
            this.territory = Objects.requireNonNull(value, "territory");
            return this;
        }

        /**
         * Sets how long after its NextUpdate a trusted list is still accepted.
         *
         * @param value the grace, one day by default
         * @return this builder
         */
        public Builder trustedListGrace(Duration value) {
            this.listGrace = Objects.requireNonNull(value, "grace");
            return this;
        }

        /**
         * Adds a CRL fetched at start and refreshed in the background; its CA is found among the trust anchors.
         *
         * @param location the CRL's URL
         * @return this builder
         */
        public Builder crl(URI location) {
            crls.put(Objects.requireNonNull(location, "location"), Optional.empty());
            return this;
        }

        /**
         * Adds a CRL with its delta CRL (RFC 5280 §5.2.4): the base is fetched when due, the delta at every refresh.
         *
         * @param base  the base CRL's URL
         * @param delta the delta CRL's URL
         * @return this builder
         */
        public Builder crl(URI base, URI delta) {
            crls.put(Objects.requireNonNull(base, "base"), Optional.of(delta));
            return this;
        }

        /**
         * Sets whether the CRL distribution points of a certificate from a CA no configured CRL covers are
         * followed (one attempt during that login, then background refresh).
         *
         * @param value {@code true} by default
         * @return this builder
         */
        public Builder learnCrlLocations(boolean value) {
            this.learnCrlLocations = value;
            return this;
        }

        /**
         * Sets whether OCSP is asked when the CRL gives no answer (an online request during the login).
         *
         * @param value {@code false} by default
         * @return this builder
         */
        public Builder ocspFallback(boolean value) {
            this.ocspFallback = value;
            return this;
        }

        /**
         * Sets whether revocation is checked at all.
         *
         * @param value {@code true} by default; without it every verdict says revocation was not checked
         * @return this builder
         */
        public Builder checkRevocation(boolean value) {
            this.checkRevocation = value;
            return this;
        }

        /**
         * Sets the validation policy.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(ValidationPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets what a login does when revocation status is unknown, keeping the rest of the policy.
         *
         * @param value hard (refuse, the default) or soft (accept and say so)
         * @return this builder
         */
        public Builder failMode(FailMode value) {
            this.policy = new ValidationPolicy(policy.acceptedKinds(), policy.requireClientAuth(), value);
            return this;
        }

        /**
         * Sets when revocation data is usable.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder freshness(FreshnessPolicy value) {
            this.freshness = Objects.requireNonNull(value, "freshness");
            return this;
        }

        /**
         * Sets the longest time between two refreshes of a source.
         *
         * @param value one hour by default
         * @return this builder
         */
        public Builder refreshInterval(Duration value) {
            this.refreshInterval = positive(value, "refreshInterval");
            return this;
        }

        /**
         * Sets the wait after a failed attempt.
         *
         * @param value one minute by default
         * @return this builder
         */
        public Builder retryInterval(Duration value) {
            this.retryInterval = positive(value, "retryInterval");
            return this;
        }

        /**
         * Sets the longest a whole download may take, body included.
         *
         * @param value 30 seconds by default
         * @return this builder
         */
        public Builder downloadTimeout(Duration value) {
            this.downloadTimeout = positive(value, "downloadTimeout");
            return this;
        }

        /**
         * Sets the bounds on CRLs.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder crlLimits(CrlLimits value) {
            this.crlLimits = Objects.requireNonNull(value, "crlLimits");
            return this;
        }

        /**
         * Sets how CRLs, trusted lists and OCSP answers are fetched.
         *
         * @param value the transport; an {@link HttpRevocationTransport} with the download timeout by default
         * @return this builder
         */
        public Builder transport(RevocationTransport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets a listener told of every verdict.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(LoginListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Builds the login: loads the trust (failing if it cannot), fetches the configured CRLs (a CRL that cannot
         * be fetched is reported by {@link CnsLogin#sources()}, not thrown) and starts the background refresh.
         *
         * @return the login
         * @throws IllegalStateException if no trust, or two kinds of trust, are configured
         * @throws InvalidTrustException if the trusted list cannot be fetched or verified
         */
        public CnsLogin build() {
            boolean fixed = anchors != null;
            boolean list = listLocation.isPresent() || lotlLocation.isPresent();
            if (fixed == list) {
                throw new IllegalStateException("configure either fixed trust anchors (a directory, key store or "
                        + "certificates) or a trusted list, and not both");
            }
            return new CnsLogin(this);
        }

        private Optional<TrustedListResolver> resolver() {
            if (anchors != null) {
                return Optional.empty();
            }
            return Optional.of(new TrustedListResolver(
                    lotlLocation, lotlSigners, territory, listLocation, listSigners, clock, listGrace));
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
