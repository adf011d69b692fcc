package io.tscns.card.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.card.CardId;
import io.tscns.testpki.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardFileCacheTest {

    private static final CardId ALICE = CardId.parse("6120123456789000");
    private static final CardId BOB = CardId.parse("6090000000001000");
    private static final CardId CAROL = CardId.parse("6050000000002000");

    @Test
    void keepsCopiesPerCardAndFile() {
        CardFileCache cache = CardFileCache.create(10);
        byte[] data = {1, 2, 3};
        cache.put(ALICE, CnsFile.PERSONAL_DATA, data);
        data[0] = 9;
        byte[] read = cache.get(ALICE, CnsFile.PERSONAL_DATA).orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3}, read);
        read[1] = 9;
        assertArrayEquals(
                new byte[] {1, 2, 3}, cache.get(ALICE, CnsFile.PERSONAL_DATA).orElseThrow());
        assertEquals(Optional.empty(), cache.get(ALICE, CnsFile.AUTHENTICATION_CERTIFICATE));
        assertEquals(Optional.empty(), cache.get(BOB, CnsFile.PERSONAL_DATA));
    }

    @Test
    void dropsTheLeastRecentlyUsedCard() {
        CardFileCache cache = CardFileCache.create(2);
        cache.put(ALICE, CnsFile.PERSONAL_DATA, new byte[1]);
        cache.put(BOB, CnsFile.PERSONAL_DATA, new byte[1]);
        cache.get(ALICE, CnsFile.PERSONAL_DATA);
        cache.put(CAROL, CnsFile.PERSONAL_DATA, new byte[1]);
        assertEquals(2, cache.size());
        assertEquals(Optional.empty(), cache.get(BOB, CnsFile.PERSONAL_DATA));
        assertEquals(1, cache.get(ALICE, CnsFile.PERSONAL_DATA).orElseThrow().length);
    }

    @Test
    void forgetsACardAfterItsMaximumAge() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        CardFileCache cache = CardFileCache.create(5, Duration.ofHours(1), clock);
        cache.put(ALICE, CnsFile.AUTHENTICATION_CERTIFICATE, new byte[2]);
        clock.advance(Duration.ofMinutes(59));
        assertEquals(2, cache.get(ALICE, CnsFile.AUTHENTICATION_CERTIFICATE).orElseThrow().length);
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), cache.get(ALICE, CnsFile.AUTHENTICATION_CERTIFICATE));
        assertEquals(0, cache.size());
    }

    @Test
    void invalidatesAndRefusesFilesThatCanChange() {
        CardFileCache cache = CardFileCache.create(5);
        cache.put(ALICE, CnsFile.CHIP_DATA, new byte[1]);
        cache.invalidate(ALICE);
        assertEquals(Optional.empty(), cache.get(ALICE, CnsFile.CHIP_DATA));
        assertThrows(IllegalArgumentException.class, () -> cache.put(ALICE, CnsFile.REMAINING_MEMORY, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> cache.put(ALICE, CnsFile.CARD_ID, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> CardFileCache.create(0));
        cache.put(BOB, CnsFile.CHIP_DATA, new byte[1]);
        cache.clear();
        assertEquals(0, cache.size());
    }
}
