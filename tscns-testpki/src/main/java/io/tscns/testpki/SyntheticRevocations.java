package io.tscns.testpki;

import io.tscns.testpki.internal.Mix64;
import io.tscns.testpki.internal.SerialNumbers;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A large, reproducible population of CRL entries shaped like a national CNS CA's (<i>revoche sintetiche</i>),
 * computed on demand and never stored: entry {@code i} is a pure function of the seed and {@code i}, so a million
 * entries cost no heap, iterate identically every time (as the streaming CRL writer requires), and a benchmark can
 * ask for any entry's serial, or for serials guaranteed absent, to measure lookups.
 *
 * <p>Shape: 16-byte pseudo-random positive serials (encoded in 15 to 17 octets), revocation dates spread evenly
 * over the period ending at {@code newest}, and a reasonCode extension on every entry — superseded 60 % (duplicate
 * cards), cessationOfOperation 25 %, keyCompromise 10 % (lost or stolen cards), affiliationChanged 5 % (an
 * assumption: real CNS CRL statistics were not found, {@code docs/cms.md §6.4}). A million such entries encode to
 * about 49.5 MB, the size of the CRL measured in issue 6.
 *
 * <p>Serials are unique by construction (their high 64 bits are a bijection of the index), and
 * {@link #absentSerial(long)} returns serials that are guaranteed not to be in the population. Immutable and
 * thread-safe; each iterator is independent.
 *
 * @since 0.1.0
 */
public final class SyntheticRevocations implements Iterable<RevokedCertificate> {

    /** The entry count of the national-scale population. */
    public static final int NATIONAL_SCALE = 1_000_000;
    /** The period a national-scale population covers: the six-year life of a TS-CNS certificate. */
    public static final Duration SIX_YEARS = Duration.ofDays(6 * 365 + 1);

    private static final CrlReason[] REASONS_BY_TWENTIETH = weightedReasons();

    private final long count;
    private final long seed;
    private final Instant newest;
    private final long spanSeconds;

    private SyntheticRevocations(long count, long seed, Instant newest, long spanSeconds) {
        this.count = count;
        this.seed = seed;
        this.newest = newest;
        this.spanSeconds = spanSeconds;
    }

    /**
     * Returns a population.
     *
     * @param count  how many entries (0 or more)
     * @param seed   the seed; the same seed gives the same entries
     * @param newest the latest possible revocation date
     * @param span   how far back revocation dates go (positive)
     * @return the population
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the count is negative or the span
     *                          not positive
     */
    public static SyntheticRevocations of(long count, long seed, Instant newest, Duration span) {
        Objects.requireNonNull(newest, "newest");
        Objects.requireNonNull(span, "span");
        if (count < 0) {
            throw TestPkiException.invalid("entry count must not be negative, found " + count);
        }
        if (span.isNegative() || span.toSeconds() < 1) {
            throw TestPkiException.invalid("revocation span must be at least one second, found " + span);
        }
        return new SyntheticRevocations(count, seed, Checks.encodableTime(newest, "newest"), span.toSeconds());
    }

    /**
     * Returns a population of {@value #NATIONAL_SCALE} entries revoked over the six years before {@code newest}.
     *
     * @param seed   the seed
     * @param newest the latest possible revocation date, e.g. the CRL's thisUpdate
     * @return the population
     */
    public static SyntheticRevocations nationalScale(long seed, Instant newest) {
        return of(NATIONAL_SCALE, seed, newest, SIX_YEARS);
    }

    /**
     * Returns the number of entries.
     *
     * @return the count
     */
    public long size() {
        return count;
    }

    /**
     * Returns one entry.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the entry, the same on every call
     * @throws IndexOutOfBoundsException if the index is outside the population
     */
    public RevokedCertificate get(long index) {
        Objects.checkIndex(index, count);
        long mixed = Mix64.at(seed ^ 0x5EED_CAFEL, index);
        Instant date = newest.minusSeconds(Long.remainderUnsigned(mixed, spanSeconds));
        CrlReason reason = REASONS_BY_TWENTIETH[(int) Long.remainderUnsigned(mixed >>> 40, 20)];
        return new RevokedCertificate(serial(index), date, Optional.of(reason), Optional.empty());
    }

    /**
     * Returns the serial number of one entry.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the serial number
     * @throws IndexOutOfBoundsException if the index is outside the population
     */
    public BigInteger serial(long index) {
        Objects.checkIndex(index, count);
        return SerialNumbers.sixteenByteSerial(seed, index);
    }

    /**
     * Returns a serial number of the same shape that is guaranteed not to be in this population.
     *
     * @param index any non-negative number; different indexes give different serials
     * @return a serial number absent from the population
     */
    public BigInteger absentSerial(long index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("absent-serial index must not be negative: " + index);
        }
        return SerialNumbers.sixteenByteSerial(seed, count + index);
    }

    @Override
    public Iterator<RevokedCertificate> iterator() {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public RevokedCertificate next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    private static CrlReason[] weightedReasons() {
        CrlReason[] reasons = new CrlReason[20];
        for (int i = 0; i < 20; i++) {
            reasons[i] = i < 12
                    ? CrlReason.SUPERSEDED
                    : i < 17
                            ? CrlReason.CESSATION_OF_OPERATION
                            : i < 19 ? CrlReason.KEY_COMPROMISE : CrlReason.AFFILIATION_CHANGED;
        }
        return reasons;
    }

    @Override
    public String toString() {
        return "SyntheticRevocations[count=" + count + ", seed=" + seed + ", newest=" + newest + "]";
    }
}
