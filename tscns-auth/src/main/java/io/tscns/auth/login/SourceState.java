package io.tscns.auth.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one source of trust or revocation data that {@link CnsLogin} keeps fresh in the background
 * (<i>stato di una fonte</i>): a CA's CRL, the national trusted list, the EU list of trusted lists. What a health
 * check, a metrics gauge or an operator reads: how old the data held is, when the next is due, when the source was
 * last read and what went wrong.
 *
 * @param kind                what the source holds
 * @param name                the source's name: the CA's subject for a CRL, the territory for a trusted list
 * @param location            where it is fetched from
 * @param freshness           whether the data held may be used now
 * @param thisUpdate          when the data held was issued, if any is held
 * @param nextUpdate          when the issuer said the next data would be due, if stated
 * @param lastSuccess         when data was last fetched and accepted
 * @param lastAttempt         when the source was last tried
 * @param lastError           why the last attempt failed, if it did
 * @param consecutiveFailures how many attempts in a row failed
 * @param nextRefresh         when the next attempt is scheduled
 * @since 0.1.0
 */
public record SourceState(
        Kind kind,
        String name,
        String location,
        Freshness freshness,
        Optional<Instant> thisUpdate,
        Optional<Instant> nextUpdate,
        Optional<Instant> lastSuccess,
        Optional<Instant> lastAttempt,
        Optional<String> lastError,
        int consecutiveFailures,
        Optional<Instant> nextRefresh) {

    /** Checks the components. */
    public SourceState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastAttempt, "lastAttempt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextRefresh, "nextRefresh");
    }

    /**
     * Returns the age of the data held.
     *
     * @param now the current instant
     * @return the time since its thisUpdate, if data is held
     */
    public Optional<Duration> age(Instant now) {
        return thisUpdate.map(issued -> Duration.between(issued, now));
    }

    /** What a source holds. */
    public enum Kind {
        /** A CA's certificate revocation list, with its delta CRL applied if one is configured. */
        CRL,
        /** A national trusted list (TSL), e.g. AgID's TSL-IT.xml. */
        TRUSTED_LIST,
        /** The EU list of trusted lists, followed to the national list's signers. */
        LIST_OF_TRUSTED_LISTS
    }

    /** Whether a source's data may be used. */
    public enum Freshness {
        /** Data is held and within its freshness policy (before nextUpdate plus the grace). */
        FRESH,
        /** Data is held but past its freshness policy: revocation answers "unknown", health is down. */
        STALE,
        /** No data has been fetched yet, or the source was never reachable. */
        MISSING
    }
}
