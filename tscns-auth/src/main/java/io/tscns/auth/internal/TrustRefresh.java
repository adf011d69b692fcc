package io.tscns.auth.internal;

import io.tscns.auth.login.SourceState;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.trust.ListOfTrustedLists;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.trust.TrustedList;
import io.tscns.auth.trust.TrustedListReader;
import io.tscns.auth.trust.TrustedListResolution;
import io.tscns.auth.trust.TrustedListResolver;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the national trusted list fresh, through the EU list of trusted lists when one is configured: each refresh
 * resolves the list again ({@link TrustedListResolver}) and hands its IdV CAs to the validator. Reports two states
 * when a LOTL is configured: the national list's, and the LOTL's (its error says why the fallback signers were used).
 */
public final class TrustRefresh extends RefreshTask {

    private final TrustedListResolver resolver;
    private final BoundedDownloads downloads;
    private final Consumer<TrustAnchors> onAnchors;
    private final Optional<URI> lotlLocation;
    private volatile ListOfTrustedLists lotl;
    private volatile Instant lotlSuccess;
    private volatile String lotlError;

    /**
     * Creates the task.
     *
     * @param resolver     finds and verifies the list
     * @param territory    the list's territory, its name
     * @param location     the list's location, or the LOTL's when the list's comes from it
     * @param lotlLocation the LOTL's location, if one is followed
     * @param downloads    fetches bounded in size and time
     * @param onAnchors    receives the anchors of each list accepted
     * @param clock        the clock
     */
    public TrustRefresh(
            TrustedListResolver resolver,
            String territory,
            String location,
            Optional<URI> lotlLocation,
            BoundedDownloads downloads,
            Consumer<TrustAnchors> onAnchors,
            Clock clock) {
        super(SourceState.Kind.TRUSTED_LIST, territory, location, clock);
        this.resolver = resolver;
        this.lotlLocation = lotlLocation;
        this.downloads = downloads;
        this.onAnchors = onAnchors;
    }

    @Override
    protected Loaded load() throws IOException {
        TrustedListResolution resolution = resolver.resolve(url -> downloads.bytes(url, TrustedListReader.MAX_BYTES));
        TrustedList list = resolution.list();
        onAnchors.accept(list.toTrustAnchors());
        resolution.lotl().ifPresent(read -> {
            lotl = read;
            lotlSuccess = clock.instant();
        });
        lotlError = resolution
                .lotlFailure()
                .filter(failure -> lotlLocation.isPresent())
                .orElse(null);
        return new Loaded(list.issued(), Optional.of(list.nextUpdate()));
    }

    @Override
    public List<SourceState> states(FreshnessPolicy freshness) {
        List<SourceState> states = new ArrayList<>();
        states.add(state(freshness));
        lotlLocation.ifPresent(location -> {
            ListOfTrustedLists held = lotl;
            Instant now = clock.instant();
            SourceState.Freshness status = held == null
                    ? SourceState.Freshness.MISSING
                    : freshness.isUsable(held.issued(), Optional.of(held.nextUpdate()), now)
                            ? SourceState.Freshness.FRESH
                            : SourceState.Freshness.STALE;
            SourceState list = states.get(0);
            states.add(new SourceState(
                    SourceState.Kind.LIST_OF_TRUSTED_LISTS,
                    "EU",
                    location.toString(),
                    status,
                    held == null ? Optional.empty() : Optional.of(held.issued()),
                    held == null ? Optional.empty() : Optional.of(held.nextUpdate()),
                    Optional.ofNullable(lotlSuccess),
                    list.lastAttempt(),
                    Optional.ofNullable(lotlError).or(list::lastError),
                    lotlError == null ? list.consecutiveFailures() : 1,
                    list.nextRefresh()));
        });
        return states;
    }
}
