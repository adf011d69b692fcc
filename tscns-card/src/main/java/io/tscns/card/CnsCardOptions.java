package io.tscns.card;

import io.tscns.card.fs.CardFileCache;
import io.tscns.card.generation.CardGenerations;
import io.tscns.card.profile.AtrRule;
import io.tscns.card.profile.CardProfiles;
import io.tscns.card.transport.TracingTransport;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link CnsCard} is opened (<i>opzioni di apertura</i>). Start from {@link #defaults()} and change what you
 * need with the {@code with...} methods. Immutable.
 *
 * @param profiles       the card-batch table that recognises the card
 * @param atrRule        the CNS recognition rule
 * @param cache          a cache shared by several {@code CnsCard}s, so a card read before costs 2 APDUs to read
 *                       again; when empty, each {@code CnsCard} keeps its own one-card cache
 * @param extendedLength whether to use extended-length APDUs when the card's profile has them
 * @param traceDetail    how much of each APDU the TRACE log shows (PINs and PUKs are never shown)
 * @param resetOnClose   whether closing a connection the SDK opened (a PC/SC reader opened with
 *                       {@link io.tscns.card.smartcardio.PcscCards}) resets the card, which clears a verified PIN
 * @param generations    the card generations, whose applications are tried when the ATR is not a known CNS or the
 *                       classic files are absent ({@code docs/card.md §10})
 * @since 0.1.0
 */
public record CnsCardOptions(
        CardProfiles profiles,
        AtrRule atrRule,
        Optional<CardFileCache> cache,
        boolean extendedLength,
        TracingTransport.Detail traceDetail,
        boolean resetOnClose,
        CardGenerations generations) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if one is
     */
    public CnsCardOptions {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(atrRule, "atrRule");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(traceDetail, "traceDetail");
        Objects.requireNonNull(generations, "generations");
    }

    /**
     * The defaults: the standard batch table, OpenSC 0.24's rule, a private cache, extended length when the card
     * has it, non-secret data in the trace, reset on close.
     *
     * @return the default options
     */
    public static CnsCardOptions defaults() {
        return new CnsCardOptions(
                CardProfiles.standard(),
                AtrRule.OPENSC_0_24,
                Optional.empty(),
                true,
                TracingTransport.Detail.DATA,
                true,
                CardGenerations.standard());
    }

    /**
     * Returns these options with another batch table.
     *
     * @param newProfiles the table
     * @return new options
     */
    public CnsCardOptions withProfiles(CardProfiles newProfiles) {
        return new CnsCardOptions(newProfiles, atrRule, cache, extendedLength, traceDetail, resetOnClose, generations);
    }

    /**
     * Returns these options with another recognition rule.
     *
     * @param newRule the rule
     * @return new options
     */
    public CnsCardOptions withAtrRule(AtrRule newRule) {
        return new CnsCardOptions(profiles, newRule, cache, extendedLength, traceDetail, resetOnClose, generations);
    }

    /**
     * Returns these options with a shared cache.
     *
     * @param sharedCache the cache
     * @return new options
     */
    public CnsCardOptions withCache(CardFileCache sharedCache) {
        return new CnsCardOptions(
                profiles, atrRule, Optional.of(sharedCache), extendedLength, traceDetail, resetOnClose, generations);
    }

    /**
     * Returns these options with extended length allowed or not.
     *
     * @param allowed {@code false} to always use short APDUs, e.g. for a reader that cannot carry extended ones
     * @return new options
     */
    public CnsCardOptions withExtendedLength(boolean allowed) {
        return new CnsCardOptions(profiles, atrRule, cache, allowed, traceDetail, resetOnClose, generations);
    }

    /**
     * Returns these options with another trace detail.
     *
     * @param detail the detail
     * @return new options
     */
    public CnsCardOptions withTraceDetail(TracingTransport.Detail detail) {
        return new CnsCardOptions(profiles, atrRule, cache, extendedLength, detail, resetOnClose, generations);
    }

    /**
     * Returns these options with reset on close switched on or off.
     *
     * @param reset whether closing resets the card
     * @return new options
     */
    public CnsCardOptions withResetOnClose(boolean reset) {
        return new CnsCardOptions(profiles, atrRule, cache, extendedLength, traceDetail, reset, generations);
    }

    /**
     * Returns these options with another generation table.
     *
     * @param newGenerations the table
     * @return new options
     */
    public CnsCardOptions withGenerations(CardGenerations newGenerations) {
        return new CnsCardOptions(profiles, atrRule, cache, extendedLength, traceDetail, resetOnClose, newGenerations);
    }
}
