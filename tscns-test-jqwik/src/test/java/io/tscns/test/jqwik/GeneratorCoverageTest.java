package io.tscns.test.jqwik;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class GeneratorCoverageTest {

    @Test
    void aShareIsCheckedOverAFullSampleOnly() {
        BiPredicate<Integer, Integer> tenPercent = GeneratorCoverage.atLeastPercent(10);
        assertTrue(tenPercent.test(100, 1000));
        assertFalse(tenPercent.test(99, 1000));
        assertTrue(tenPercent.test(50, 500));
        assertFalse(tenPercent.test(49, 500));
        assertTrue(tenPercent.test(0, 499), "under a full sample nothing is checked");
        assertTrue(tenPercent.test(0, 50));
    }

    @Test
    void aValueMustBeSeenInAFullSample() {
        BiPredicate<Integer, Integer> seen = GeneratorCoverage.seen();
        assertTrue(seen.test(1, 500));
        assertFalse(seen.test(0, 500));
        assertTrue(seen.test(0, 499));
    }
}
