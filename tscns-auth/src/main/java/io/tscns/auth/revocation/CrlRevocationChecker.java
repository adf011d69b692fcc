package io.tscns.auth.revocation;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.InvalidCrlException;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.crl.RevokedEntry;
import io.tscns.auth.internal.Reasons;
import io.tscns.auth.internal.RevocationPointers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revocation by CRL with a cache per issuing CA (<i>verifica tramite CRL</i>). A CRL comes either from the caller
 * ({@link #put(RevocationList, X509Certificate)}, e.g. a local file it refreshes, or a base with its delta applied)
 * or from the certificate's CRL distribution point through a {@link RevocationTransport}; it is held as a
 * {@link RevocationList} and used while the {@link FreshnessPolicy} says it is usable. A refresh is attempted once
 * the policy says so; if it fails, the cached CRL keeps serving while still usable. A stale CRL answers {@link
 * Unavailability.Stale}, never "good".
 *
 * <p>Thread-safe: one fetch per CA at a time; lookups run concurrently.
 *
 * @since 0.1.0
 */
public final class CrlRevocationChecker implements RevocationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(CrlRevocationChecker.class);
    private static final String SOURCE = "CRL";

    private final Optional<RevocationTransport> transport;
    private final FreshnessPolicy freshness;
    private final Clock clock;
    private final CrlLimits limits;
    private final Map<X509Certificate, Cached> cache = new ConcurrentHashMap<>();
    private final Map<X509Certificate, ReentrantLock> locks = new ConcurrentHashMap<>();

    private record Cached(RevocationList list, Instant fetchedAt) {}

    /**
     * Creates a checker.
     *
     * @param transport how to fetch CRLs from distribution points; empty to use only the CRLs the caller puts
     * @param freshness when cached CRLs are usable and refreshed
     * @param clock     the clock
     * @param limits    bounds on fetched CRLs
     */
    public CrlRevocationChecker(
            Optional<RevocationTransport> transport, FreshnessPolicy freshness, Clock clock, CrlLimits limits) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Puts a CRL the caller loaded (and so verified) into the cache, replacing the one held for the same CA, e.g. a
     * local file the caller refreshes, or a base with its delta applied.
     *
     * @param list   the CRL
     * @param issuer the CA certificate it was loaded with
     * @throws IllegalArgumentException if the CRL names another issuer
     */
    public void put(RevocationList list, X509Certificate issuer) {
        Objects.requireNonNull(list, "list");
        if (!list.issuer().equals(issuer.getSubjectX500Principal())) {
            throw new IllegalArgumentException(
                    "the CRL was issued by " + list.issuer().getName());
        }
        cache.put(issuer, new Cached(list, clock.instant()));
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer) {
        Instant now = clock.instant();
        Cached cached = cache.get(issuer);
        Unavailability failure = null;
        if (transport.isPresent()
                && (cached == null || freshness.isRefreshDue(cached.fetchedAt(), now) || !usable(cached.list(), now))) {
            // Without a transport nothing can be fetched: answer from the cache without taking the CA's lock.
            // A lock, not a monitor, held across the download: a virtual thread waiting for it does not pin.
            ReentrantLock lock = locks.computeIfAbsent(issuer, k -> new ReentrantLock());
            lock.lock();
            try {
                Cached current = cache.get(issuer);
                if (current == null
                        || freshness.isRefreshDue(current.fetchedAt(), now)
                        || !usable(current.list(), now)) {
                    Optional<Unavailability> fetchFailure = fetch(certificate, issuer, now);
                    failure = fetchFailure.orElse(null);
                }
                cached = cache.get(issuer);
            } finally {
                lock.unlock();
            }
        }
        if (cached == null) {
            return new RevocationStatus.Unknown(failure != null ? failure : new Unavailability.NoLocation(SOURCE));
        }
        RevocationList list = cached.list();
        if (!usable(list, now)) {
            return new RevocationStatus.Unknown(new Unavailability.Stale(
                    SOURCE, list.nextUpdate().orElse(list.thisUpdate().plus(freshness.maxAge()))));
        }
        if (!list.coversEndEntities()) {
            return new RevocationStatus.Unknown(
                    new Unavailability.InvalidData(SOURCE, "the CRL covers CA certificates only"));
        }
        Optional<RevokedEntry> entry = list.find(certificate.getSerialNumber());
        return entry.<RevocationStatus>map(
                        e -> new RevocationStatus.Revoked(RevocationStatus.Source.CRL, e.revocationDate(), e.reason()))
                .orElseGet(() -> new RevocationStatus.Good(RevocationStatus.Source.CRL, list.thisUpdate()));
    }

    private boolean usable(RevocationList list, Instant now) {
        return freshness.isUsable(list.thisUpdate(), list.nextUpdate(), now);
    }

    /** Fetches from the first distribution point that answers; returns the last failure if none does. */
    private Optional<Unavailability> fetch(X509Certificate certificate, X509Certificate issuer, Instant now) {
        List<URI> urls = RevocationPointers.crlUrls(certificate);
        if (urls.isEmpty()) {
            return Optional.of(new Unavailability.NoLocation(SOURCE));
        }
        Unavailability failure = null;
        for (URI url : urls) {
            try (InputStream in = transport.get().get(url)) {
                RevocationList list = RevocationList.load(in, issuer, limits);
                if (!list.isDelta()) {
                    cache.put(issuer, new Cached(list, now));
                    LOG.debug("fetched CRL {} from {}", list, url);
                    return Optional.empty();
                }
                failure = new Unavailability.InvalidData(SOURCE, "the distribution point serves a delta CRL");
            } catch (IOException e) {
                LOG.debug("fetching CRL from {} failed: {}", url, e.toString());
                failure = new Unavailability.FetchFailed(url.toString(), Reasons.of(e));
            } catch (InvalidCrlException e) {
                LOG.debug("CRL from {} refused: {}", url, e.getMessage());
                failure = new Unavailability.InvalidData(SOURCE, e.problem().describe());
            }
        }
        return Optional.ofNullable(failure);
    }
}
