package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SyntheticRevocationsProperties {

    private static final Instant NEWEST = Instant.parse("2026-03-02T09:00:00Z");

    @Property(tries = 200)
    void iterationYieldsExactlyTheIndexedEntries(@ForAll long seed, @ForAll @IntRange(max = 300) int count) {
        SyntheticRevocations population = SyntheticRevocations.of(count, seed, NEWEST, Duration.ofDays(30));
        Iterator<RevokedCertificate> iterator = population.iterator();
        for (int i = 0; i < count; i++) {
            assertEquals(population.get(i), iterator.next());
        }
        assertFalse(iterator.hasNext());
    }

    @Property(tries = 200)
    void entriesHaveTheNationalShape(@ForAll long seed, @ForAll @LongRange(max = 999_999) long index) {
        SyntheticRevocations population = SyntheticRevocations.nationalScale(seed, NEWEST);
        RevokedCertificate entry = population.get(index);
        int octets = entry.serialNumber().toByteArray().length;
        assertTrue(entry.serialNumber().signum() > 0);
        assertTrue(octets >= 9 && octets <= 17, "serial octets " + octets);
        assertFalse(entry.revocationDate().isAfter(NEWEST));
        assertTrue(entry.revocationDate().isAfter(NEWEST.minus(SyntheticRevocations.SIX_YEARS)));
        assertTrue(Set.of(
                        CrlReason.SUPERSEDED,
                        CrlReason.CESSATION_OF_OPERATION,
                        CrlReason.KEY_COMPROMISE,
                        CrlReason.AFFILIATION_CHANGED)
                .contains(entry.reason().orElseThrow()));
        assertEquals(population.serial(index), entry.serialNumber());
    }

    @Property(tries = 100)
    void serialsAreUniqueAndAbsentSerialsAreAbsent(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 2000) int count,
            @ForAll @IntRange(max = 1000) int absentIndex) {
        SyntheticRevocations population = SyntheticRevocations.of(count, seed, NEWEST, Duration.ofDays(1));
        Set<BigInteger> serials = new HashSet<>();
        for (RevokedCertificate entry : population) {
            assertTrue(serials.add(entry.serialNumber()), "duplicate serial");
        }
        BigInteger absent = population.absentSerial(absentIndex);
        assertFalse(serials.contains(absent));
        assertNotEquals(absent, population.absentSerial(absentIndex + 1));
    }
}
