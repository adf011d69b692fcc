package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.CodeGenerator;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synthetic population: every index a card and a citizen of its own, the first 30,000 as they always were. */
class CardSeedTest {

    private final CodeGenerator codes = new CodeGenerator(new SecureRandom());

    @Test
    void everySyntheticCardHasItsOwnIdAndHolder() {
        Set<String> ids = new HashSet<>();
        Set<String> holders = new HashSet<>();
        for (int i = 0; i < CardSeed.SYNTHETIC_LIMIT; i += 7) {
            CardSeed seed = CardSeed.synthetic(i, SimulatedCms.TUSCANY, codes);
            assertTrue(ids.add(seed.cardId().value()), "card id of " + i);
            assertTrue(holders.add(seed.holder().value()), "holder of " + i);
            assertEquals(seed.holder(), CodiceFiscale.parse(seed.holder().value()));
        }
        assertTrue(ids.contains("6090000299999000"), "the last index was checked");
        assertEquals(
                "FIGURATO",
                CardSeed.synthetic(CardSeed.SYNTHETIC_LIMIT - 1, SimulatedCms.TUSCANY, codes)
                        .surname());
    }

    @Test
    void theFirstThirtyThousandKeepTheirHolders() {
        CardSeed first = CardSeed.synthetic(0, SimulatedCms.TUSCANY, codes);
        assertEquals("6090000000000000", first.cardId().value());
        assertTrue(
                first.holder().value().startsWith("SNTCTD40A41"), first.holder().value());
        assertEquals(
                "SINTETICO",
                CardSeed.synthetic(29_999, SimulatedCms.TUSCANY, codes).surname());
        assertEquals(
                "SIMULATO",
                CardSeed.synthetic(30_000, SimulatedCms.TUSCANY, codes).surname());
    }

    @Test
    void indexesOutsideThePopulationAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CardSeed.synthetic(-1, SimulatedCms.TUSCANY, codes));
        assertThrows(
                IllegalArgumentException.class,
                () -> CardSeed.synthetic(CardSeed.SYNTHETIC_LIMIT, SimulatedCms.TUSCANY, codes));
    }
}
