package io.tscns.test.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The hook, found through {@code META-INF/services} on this class path as in PIT's minions, ends each property after
 * the capped number of tries, whatever tries the property asks for.
 */
class MutationTriesProperties {

    private static final AtomicInteger MANY = new AtomicInteger();
    private static final AtomicInteger FEW = new AtomicInteger();

    @BeforeContainer
    static void capTheTries() {
        System.setProperty(MutationTries.PROPERTY, "7");
    }

    @AfterContainer
    static void eachPropertyRanOnlyTheCap() {
        System.clearProperty(MutationTries.PROPERTY);
        assertEquals(7, MANY.get(), "a property asking for 300 tries runs 7");
        assertEquals(5, FEW.get(), "a property asking for fewer tries than the cap runs them all");
    }

    @Property(tries = 300)
    void asksForMany(@ForAll int any) {
        MANY.incrementAndGet();
    }

    @Property(tries = 5)
    void asksForFew(@ForAll int any) {
        FEW.incrementAndGet();
    }
}
