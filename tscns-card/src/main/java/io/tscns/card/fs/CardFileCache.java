package io.tscns.card.fs;

import io.tscns.core.card.CardId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cache of the files written once at personalisation (<i>cache dei file della carta</i>), keyed by the card's
 * EF.ID_Carta, so that reading the same card again costs only the check that it is the same card: selecting and
 * reading EF.ID_Carta (2 APDUs) instead of every file.
 *
 * <p>Only {@linkplain CnsFile#cacheable() cacheable} files are kept. The cache holds at most a given number of cards,
 * dropping the least recently used, and optionally forgets a card after a maximum age measured on the given
 * {@link Clock}. Limitation: a card whose authentication certificate is renewed in place keeps its ID_Carta, so a
 * cached certificate can outlive the one on the card until the entry ages out or {@link #invalidate(CardId)} is
 * called; a signature made with the new key then fails the SDK's own check against the cached certificate, which
 * says so. Thread-safe: one cache can serve every connection of an application.
 *
 * @since 0.1.0
 */
public final class CardFileCache {

    private record Entry(Instant created, Map<CnsFile, byte[]> files) {}

    private final int maxCards;
    private final Optional<Duration> maxAge;
    private final Clock clock;
    private final LinkedHashMap<CardId, Entry> cards = new LinkedHashMap<>(16, 0.75f, true);

    private CardFileCache(int maxCards, Optional<Duration> maxAge, Clock clock) {
        if (maxCards < 1) {
            throw new IllegalArgumentException("maxCards is " + maxCards + "; expected at least 1");
        }
        maxAge.ifPresent(age -> {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("maxAge must be positive");
            }
        });
        this.maxCards = maxCards;
        this.maxAge = maxAge;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a cache without expiry.
     *
     * @param maxCards how many cards to keep at most
     * @return an empty cache
     */
    public static CardFileCache create(int maxCards) {
        return new CardFileCache(maxCards, Optional.empty(), Clock.systemUTC());
    }

    /**
     * Creates a cache whose entries expire.
     *
     * @param maxCards how many cards to keep at most
     * @param maxAge   how long after its first file a card is forgotten
     * @param clock    the clock that measures the age
     * @return an empty cache
     */
    public static CardFileCache create(int maxCards, Duration maxAge, Clock clock) {
        return new CardFileCache(maxCards, Optional.of(maxAge), clock);
    }

    /**
     * Returns a cached file.
     *
     * @param card the card
     * @param file the file
     * @return a copy of the cached content, or empty
     */
    public synchronized Optional<byte[]> get(CardId card, CnsFile file) {
        Entry entry = cards.get(card);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry)) {
            cards.remove(card);
            return Optional.empty();
        }
        byte[] content = entry.files().get(file);
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    /**
     * Stores a file read from a card.
     *
     * @param card    the card
     * @param file    a cacheable file
     * @param content its content, copied
     * @throws IllegalArgumentException if the file is not cacheable
     */
    public synchronized void put(CardId card, CnsFile file, byte[] content) {
        if (!file.cacheable()) {
            throw new IllegalArgumentException(file + " can change on the card and is never cached");
        }
        Entry entry = cards.get(card);
        if (entry == null || expired(entry)) {
            entry = new Entry(clock.instant(), new EnumMap<>(CnsFile.class));
            cards.put(card, entry);
        }
        entry.files().put(file, content.clone());
        while (cards.size() > maxCards) {
            CardId eldest = cards.keySet().iterator().next();
            cards.remove(eldest);
        }
    }

    /**
     * Forgets one card, for example after its certificate was renewed.
     *
     * @param card the card
     */
    public synchronized void invalidate(CardId card) {
        cards.remove(card);
    }

    /** Forgets every card. */
    public synchronized void clear() {
        cards.clear();
    }

    /**
     * Returns how many cards are cached.
     *
     * @return the number of cards
     */
    public synchronized int size() {
        return cards.size();
    }

    private boolean expired(Entry entry) {
        return maxAge.map(age -> !clock.instant().isBefore(entry.created().plus(age)))
                .orElse(false);
    }
}
