package io.tscns.card.profile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The limits a card batch's quirks must keep, at both ends of each range. */
class QuirksTest {

    private static Quirks with(int pin, int puk, int key, int environment, Set<Integer> sizes, int challenge) {
        return new Quirks(pin, puk, key, environment, sizes, false, SigningMethod.RAW_RSA_DECIPHER, challenge);
    }

    @Test
    void everyReferenceIsAByte() {
        List<IntFunction<Quirks>> positions = List.of(
                v -> with(v, 0x11, 0x01, 0x03, Set.of(1024), 255),
                v -> with(0x10, v, 0x01, 0x03, Set.of(1024), 255),
                v -> with(0x10, 0x11, v, 0x03, Set.of(1024), 255),
                v -> with(0x10, 0x11, 0x01, v, Set.of(1024), 255));
        for (IntFunction<Quirks> position : positions) {
            assertDoesNotThrow(() -> position.apply(0));
            assertDoesNotThrow(() -> position.apply(0xFF));
            assertThrows(IllegalArgumentException.class, () -> position.apply(-1));
            assertThrows(IllegalArgumentException.class, () -> position.apply(0x100));
        }
    }

    @Test
    void keySizesAreMultiplesOf8From512To4096AndListInAscendingOrder() {
        Quirks both = with(0x10, 0x11, 0x01, 0x03, Set.of(4096, 512, 1024), 255);
        assertEquals(List.of(512, 1024, 4096), List.copyOf(both.keySizesAscending()));
        for (int bits : new int[] {504, 4104, 1020}) {
            assertThrows(IllegalArgumentException.class, () -> with(0x10, 0x11, 0x01, 0x03, Set.of(bits), 255));
        }
        assertThrows(IllegalArgumentException.class, () -> with(0x10, 0x11, 0x01, 0x03, Set.of(), 255));
    }

    @Test
    void theChallengeLimitIsFrom1To256() {
        assertEquals(1, with(0x10, 0x11, 0x01, 0x03, Set.of(1024), 1).maxChallengeLength());
        assertEquals(256, with(0x10, 0x11, 0x01, 0x03, Set.of(1024), 256).maxChallengeLength());
        assertThrows(IllegalArgumentException.class, () -> with(0x10, 0x11, 0x01, 0x03, Set.of(1024), 0));
        assertThrows(IllegalArgumentException.class, () -> with(0x10, 0x11, 0x01, 0x03, Set.of(1024), 257));
    }
}
