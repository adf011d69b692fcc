package io.tscns.auth.internal;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.CrlProblem;
import io.tscns.auth.crl.InvalidCrlException;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.login.SourceState;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.trust.TrustAnchors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;

/**
 * Keeps one CA's CRL fresh: fetches it from the first distribution point that answers, with the delta CRL applied
 * when one is configured, and puts it into the cache the validator reads. The CA is known from the certificate whose
 * distribution point named the URL, or, for a URL configured up front, found among the trust anchors by the issuer
 * name at the CRL's start. With a delta, the base is fetched again only once it is due (its nextUpdate reached or
 * the refresh interval passed), the delta at every refresh.
 */
public final class CrlRefresh extends RefreshTask {

    private final List<URI> urls;
    private final Optional<URI> delta;
    private final Supplier<TrustAnchors> anchors;
    private final CrlRevocationChecker cache;
    private final BoundedDownloads downloads;
    private final CrlLimits limits;
    private final Duration refreshInterval;
    private volatile X509Certificate issuer;
    private RevocationList base;
    private Instant baseFetchedAt;

    /**
     * Creates the task.
     *
     * @param urls            the distribution points, tried in order
     * @param delta           the delta CRL's location, if any
     * @param issuer          the CA, if known
     * @param anchors         the current trust anchors, to find the CA of a configured URL
     * @param cache           where the CRL is put
     * @param downloads       fetches bounded in size and time
     * @param limits          bounds on the CRL
     * @param refreshInterval how often a base is fetched again
     * @param clock           the clock
     */
    public CrlRefresh(
            List<URI> urls,
            Optional<URI> delta,
            Optional<X509Certificate> issuer,
            Supplier<TrustAnchors> anchors,
            CrlRevocationChecker cache,
            BoundedDownloads downloads,
            CrlLimits limits,
            Duration refreshInterval,
            Clock clock) {
        super(
                SourceState.Kind.CRL,
                issuer.map(i -> i.getSubjectX500Principal().getName())
                        .orElse(urls.get(0).toString()),
                urls.get(0).toString(),
                clock);
        this.urls = List.copyOf(urls);
        this.delta = delta;
        this.issuer = issuer.orElse(null);
        this.anchors = anchors;
        this.cache = cache;
        this.downloads = downloads;
        this.limits = limits;
        this.refreshInterval = refreshInterval;
    }

    /**
     * Returns the CA, once known.
     *
     * @return the CA's certificate
     */
    public Optional<X509Certificate> issuer() {
        return Optional.ofNullable(issuer);
    }

    @Override
    protected Loaded load() throws IOException {
        Instant now = clock.instant();
        if (base == null || delta.isEmpty() || baseDue(now)) {
            base = fetchBase();
            baseFetchedAt = now;
        }
        RevocationList list = base;
        if (delta.isPresent()) {
            X509Certificate ca = issuer;
            RevocationList deltaCrl =
                    downloads.read(delta.get(), limits.maxBytes(), in -> RevocationList.load(in, ca, limits));
            list = base.withDelta(deltaCrl);
        }
        cache.put(list, issuer);
        return new Loaded(list.thisUpdate(), list.nextUpdate());
    }

    private boolean baseDue(Instant now) {
        return !now.isBefore(baseFetchedAt.plus(refreshInterval))
                || base.nextUpdate().map(next -> !now.isBefore(next)).orElse(false);
    }

    private RevocationList fetchBase() throws IOException {
        IOException failure = null;
        for (URI url : urls) {
            try {
                RevocationList list = downloads.read(url, limits.maxBytes(), in -> {
                    BufferedInputStream buffered = new BufferedInputStream(in, CrlIssuerPeek.PREFIX_BYTES);
                    X509Certificate ca = issuer != null ? issuer : anchorFor(CrlIssuerPeek.peek(buffered));
                    RevocationList loaded = RevocationList.load(buffered, ca, limits);
                    issuer = ca;
                    return loaded;
                });
                if (list.isDelta()) {
                    throw new InvalidCrlException(
                            new CrlProblem.DeltaMismatch(url + " serves a delta CRL where a base CRL is expected"));
                }
                rename(list.issuer().getName());
                return list;
            } catch (IOException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private X509Certificate anchorFor(Optional<X500Principal> name) throws IOException {
        if (name.isEmpty()) {
            throw new InvalidCrlException(new CrlProblem.Malformed(0, "the start is not a CRL's"));
        }
        List<X509Certificate> candidates = anchors.get().withSubject(name.get());
        if (candidates.isEmpty()) {
            throw new InvalidCrlException(
                    new CrlProblem.WrongIssuer("a trusted CA", name.get().getName()));
        }
        return candidates.get(0);
    }
}
