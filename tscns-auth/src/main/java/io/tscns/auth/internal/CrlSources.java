package io.tscns.auth.internal;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.trust.TrustAnchors;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The CRLs {@code CnsLogin} keeps fresh, as the validator's revocation source. A lookup never downloads, with one
 * exception: the first certificate of a CA no configured URL covered, when learning is on, registers the CA's
 * distribution points and makes one synchronous attempt; from then on that CA's CRL is refreshed in the background
 * like the others. A CA whose CRL could not be fetched answers "unknown" with the last download error.
 *
 * <p>Thread-safe.
 */
public final class CrlSources implements RevocationChecker {

    private final CrlRevocationChecker cache;
    private final Supplier<TrustAnchors> anchors;
    private final BoundedDownloads downloads;
    private final CrlLimits limits;
    private final Duration refreshInterval;
    private final Clock clock;
    private final boolean learn;
    private final Consumer<CrlRefresh> onNewSource;
    private final Map<String, CrlRefresh> byLocation = new ConcurrentHashMap<>();
    private final Map<X509Certificate, CrlRefresh> byIssuer = new ConcurrentHashMap<>();

    /**
     * Creates the sources.
     *
     * @param cache           the CRL cache the validator reads
     * @param anchors         the current trust anchors
     * @param downloads       fetches bounded in size and time
     * @param limits          bounds on CRLs
     * @param refreshInterval how often a CRL is fetched again at the latest
     * @param learn           whether a certificate's distribution points are followed for a CA not configured
     * @param onNewSource     schedules a source learned at login
     * @param clock           the clock
     */
    public CrlSources(
            CrlRevocationChecker cache,
            Supplier<TrustAnchors> anchors,
            BoundedDownloads downloads,
            CrlLimits limits,
            Duration refreshInterval,
            boolean learn,
            Consumer<CrlRefresh> onNewSource,
            Clock clock) {
        this.cache = cache;
        this.anchors = anchors;
        this.downloads = downloads;
        this.limits = limits;
        this.refreshInterval = refreshInterval;
        this.learn = learn;
        this.onNewSource = onNewSource;
        this.clock = clock;
    }

    /**
     * Adds a configured source, not yet fetched.
     *
     * @param url   the CRL's location
     * @param delta the delta CRL's location, if any
     * @return the source
     */
    public CrlRefresh configure(URI url, Optional<URI> delta) {
        CrlRefresh source = new CrlRefresh(
                List.of(url), delta, Optional.empty(), anchors, cache, downloads, limits, refreshInterval, clock);
        byLocation.put(url.toString(), source);
        return source;
    }

    /**
     * Returns every source.
     *
     * @return the sources, configured and learned
     */
    public Collection<CrlRefresh> all() {
        return List.copyOf(byLocation.values());
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer) {
        CrlRefresh source = byIssuer.get(issuer);
        if (source == null) {
            source = find(certificate, issuer);
        }
        if (source != null && !source.holdsData()) {
            return new RevocationStatus.Unknown(new Unavailability.FetchFailed(
                    source.location(), source.lastError().orElse("not fetched yet")));
        }
        return cache.check(certificate, issuer);
    }

    /** Finds the source of an issuer seen for the first time: a configured one that loaded it, or a learned one. */
    private CrlRefresh find(X509Certificate certificate, X509Certificate issuer) {
        for (CrlRefresh source : byLocation.values()) {
            if (source.issuer().filter(issuer::equals).isPresent()) {
                byIssuer.put(issuer, source);
                return source;
            }
        }
        List<URI> urls = RevocationPointers.crlUrls(certificate);
        if (urls.isEmpty()) {
            return null;
        }
        CrlRefresh known = byLocation.get(urls.get(0).toString());
        if (known != null || !learn) {
            return known;
        }
        CrlRefresh learned = byLocation.computeIfAbsent(
                urls.get(0).toString(),
                key -> new CrlRefresh(
                        urls,
                        Optional.empty(),
                        Optional.of(issuer),
                        anchors,
                        cache,
                        downloads,
                        limits,
                        refreshInterval,
                        clock));
        if (learned.attemptFirst()) {
            onNewSource.accept(learned);
        }
        byIssuer.put(issuer, learned);
        return learned;
    }
}
