package io.tscns.auth.trust;

import io.tscns.auth.internal.Reasons;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and verifies a national trusted list through the EU list of trusted lists (<i>risoluzione della lista di
 * fiducia tramite la LOTL</i>), so that the list's signer is the one the LOTL announces today rather than one pinned
 * by hand the day the application was configured ({@code docs/cms.md §6.6}):
 * <ol>
 *   <li>fetch the LOTL and its pivots; starting from the LOTL signers the Official Journal published, verify each
 *       pivot from the oldest to the newest and take the LOTL signers it announces (a pivot that none of the signers
 *       known so far signed is older than them and is skipped);</li>
 *   <li>verify the LOTL with the signers so learned, and take its pointer to the territory's XML list: the list's
 *       location and the certificates allowed to sign it;</li>
 *   <li>fetch the list and verify it with those certificates.</li>
 * </ol>
 * When the LOTL cannot be fetched or verified, or has no pointer for the territory, the list is fetched from the
 * configured location and verified with the configured signers instead: the offline fallback. A list the LOTL's
 * signers refuse is refused; the fallback does not second-guess a LOTL that answered.
 *
 * <p>Immutable and thread-safe; the I/O is the caller's {@link ListFetcher}.
 *
 * @since 0.1.0
 */
public final class TrustedListResolver {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedListResolver.class);

    private final Optional<URI> lotlLocation;
    private final Set<X509Certificate> lotlSigners;
    private final String territory;
    private final Optional<URI> listLocation;
    private final Set<X509Certificate> fallbackSigners;
    private final Clock clock;
    private final Duration grace;

    /**
     * Creates a resolver.
     *
     * @param lotlLocation    where the LOTL is published; empty to use only the fallback
     * @param lotlSigners     the LOTL signers the Official Journal published (needed with a LOTL location)
     * @param territory       the list's SchemeTerritory, {@code IT} for AgID's
     * @param listLocation    where the national list is published, for the fallback; empty to rely on the LOTL
     * @param fallbackSigners the list signers to use when the LOTL cannot be used (needed with a list location)
     * @param clock           the clock against which NextUpdate is checked
     * @param grace           how long after NextUpdate a list is still accepted
     * @throws IllegalArgumentException if neither a LOTL nor a list location with its signers is given
     */
    public TrustedListResolver(
            Optional<URI> lotlLocation,
            Set<X509Certificate> lotlSigners,
            String territory,
            Optional<URI> listLocation,
            Set<X509Certificate> fallbackSigners,
            Clock clock,
            Duration grace) {
        this.lotlLocation = Objects.requireNonNull(lotlLocation, "lotlLocation");
        this.lotlSigners = Set.copyOf(lotlSigners);
        this.territory = Objects.requireNonNull(territory, "territory");
        this.listLocation = Objects.requireNonNull(listLocation, "listLocation");
        this.fallbackSigners = Set.copyOf(fallbackSigners);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grace = Objects.requireNonNull(grace, "grace");
        if (lotlLocation.isPresent() && this.lotlSigners.isEmpty()) {
            throw new IllegalArgumentException("a LOTL location needs the LOTL signers of the Official Journal");
        }
        if (listLocation.isPresent() && this.fallbackSigners.isEmpty()) {
            throw new IllegalArgumentException("a trusted-list location needs its signers as the fallback");
        }
        if (lotlLocation.isEmpty() && listLocation.isEmpty()) {
            throw new IllegalArgumentException("a LOTL or a trusted-list location is needed");
        }
    }

    /**
     * Resolves the list.
     *
     * @param fetcher fetches each document
     * @return the verified list and how it was found
     * @throws InvalidTrustException if the list cannot be verified through the LOTL nor, when the LOTL is
     *                               unusable, with the fallback signers; or with {@link TrustProblem.Unreadable} if
     *                               a document cannot be fetched
     */
    public TrustedListResolution resolve(ListFetcher fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        String lotlFailure = "no LOTL is configured";
        if (lotlLocation.isPresent()) {
            ListOfTrustedLists lotl;
            TrustedListPointer pointer;
            try {
                lotl = lotl(fetcher, lotlLocation.get());
                pointer = lotl.trustedList(territory)
                        .orElseThrow(() -> new InvalidTrustException(
                                new TrustProblem.BadElement("PointersToOtherTSL", "no XML list for " + territory)));
            } catch (InvalidTrustException e) {
                lotlFailure = e.getMessage();
                if (listLocation.isEmpty()) {
                    throw e;
                }
                LOG.warn(
                        "the LOTL cannot be used ({}); verifying the {} list with the configured signers",
                        lotlFailure,
                        territory);
                return new TrustedListResolution(fallback(fetcher), Optional.empty(), Optional.of(lotlFailure));
            }
            TrustedList list = new TrustedListReader(Set.copyOf(pointer.signers()), clock, grace)
                    .read(fetch(fetcher, pointer.location()));
            return new TrustedListResolution(list, Optional.of(lotl), Optional.empty());
        }
        return new TrustedListResolution(fallback(fetcher), Optional.empty(), Optional.of(lotlFailure));
    }

    private TrustedList fallback(ListFetcher fetcher) {
        return new TrustedListReader(fallbackSigners, clock, grace).read(fetch(fetcher, listLocation.orElseThrow()));
    }

    /** Fetches the LOTL, follows its pivots from the oldest and verifies it with the signers learned. */
    private ListOfTrustedLists lotl(ListFetcher fetcher, URI location) {
        byte[] current = fetch(fetcher, location);
        List<URI> pivots = new ArrayList<>(ListOfTrustedListsReader.pivotsOf(current));
        Collections.reverse(pivots);
        Set<X509Certificate> trusted = new HashSet<>(lotlSigners);
        for (URI pivot : pivots) {
            ListOfTrustedLists read;
            try {
                // A pivot is a historical copy: its NextUpdate is long past by design; its signature is what counts.
                read = new ListOfTrustedListsReader(trusted, clock, Duration.ofDays(365 * 100L))
                        .read(fetch(fetcher, pivot));
            } catch (InvalidTrustException e) {
                if (e.problem() instanceof TrustProblem.UntrustedSigner) {
                    LOG.debug("skipped pivot {}, older than the LOTL signers known: {}", pivot, e.getMessage());
                    continue;
                }
                throw e;
            }
            Set<X509Certificate> announced =
                    read.self().map(p -> Set.copyOf(p.signers())).orElse(Set.of());
            if (announced.isEmpty()) {
                throw new InvalidTrustException(new TrustProblem.BadElement(
                        "PointersToOtherTSL", "pivot " + pivot + " announces no LOTL signer"));
            }
            trusted = new HashSet<>(announced);
        }
        return new ListOfTrustedListsReader(trusted, clock, grace).read(current);
    }

    private static byte[] fetch(ListFetcher fetcher, URI location) {
        try {
            return fetcher.fetch(location);
        } catch (IOException e) {
            throw new InvalidTrustException(new TrustProblem.Unreadable(location.toString(), Reasons.of(e)), e);
        }
    }

    @Override
    public String toString() {
        return "TrustedListResolver[" + territory
                + lotlLocation.map(u -> " via " + u).orElse("")
                + listLocation.map(u -> ", fallback " + u).orElse("") + "]";
    }
}
