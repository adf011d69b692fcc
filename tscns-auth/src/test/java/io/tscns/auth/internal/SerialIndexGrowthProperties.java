package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The entry arrays of a CRL being read never grow beyond room for one entry over the limit, the entry at which the
 * parser refuses the CRL: the memory a hostile CRL costs before its refusal is bounded by the limit, not by the
 * next doubling (issue 16: at 20,000,000 entries the arrays doubled to 33,554,432 before the refusal).
 */
class SerialIndexGrowthProperties {

    private static final int INITIAL = 1 << 12;

    @Property(tries = 40)
    void theArraysStopAtOneEntryOverTheLimit(@ForAll @IntRange(min = 1, max = 20_000) int maxEntries) {
        SerialIndex.Builder builder = new SerialIndex.Builder(maxEntries);
        for (int i = 0; i <= maxEntries; i++) {
            byte[] serial = BigInteger.valueOf(i + 1L).toByteArray();
            builder.add(serial, 0, serial.length, 1_700_000_000L, (byte) 0, SerialIndex.NO_DATE);
            assertTrue(
                    builder.capacity() <= Math.max(INITIAL, maxEntries + 1),
                    () -> "capacity " + builder.capacity() + " for a limit of " + maxEntries);
        }
        assertEquals(maxEntries + 1, builder.count());
        if (builder.capacity() == maxEntries + 1) {
            byte[] next = BigInteger.valueOf(maxEntries + 2L).toByteArray();
            assertThrows(
                    IllegalStateException.class,
                    () -> builder.add(next, 0, next.length, 1_700_000_000L, (byte) 0, SerialIndex.NO_DATE));
        }
    }
}
