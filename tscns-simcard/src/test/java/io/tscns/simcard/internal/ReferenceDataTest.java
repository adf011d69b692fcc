package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the rules of a stored PIN or PUK: exactly eight stored bytes, a retry limit of 1 to 15, a blocked secret
 * that refuses even the right value, and a description that shows the counter but never the secret.
 */
class ReferenceDataTest {

    private static final byte[] PIN = ReferenceData.pad("12345".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @ValueSource(ints = {7, 9})
    void aFieldThatIsNotEightBytesIsRefused(int length) {
        assertThrows(IllegalArgumentException.class, () -> new ReferenceData(new byte[length], 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 15})
    void retryLimitsAtTheEdgesAreAccepted(int maxTries) {
        ReferenceData secret = assertDoesNotThrow(() -> new ReferenceData(PIN, maxTries));
        assertEquals(maxTries, secret.maxTries());
        assertEquals(maxTries, secret.triesLeft());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16})
    void retryLimitsOutsideOneToFifteenAreRefused(int maxTries) {
        assertThrows(IllegalArgumentException.class, () -> new ReferenceData(PIN, maxTries));
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 9})
    void aReplacementThatIsNotEightBytesIsRefused(int length) {
        ReferenceData secret = new ReferenceData(PIN, 3);
        assertThrows(IllegalArgumentException.class, () -> secret.replace(new byte[length]));
        assertTrue(secret.check(PIN.clone()));
    }

    @Test
    void aBlockedSecretRefusesEvenTheRightValue() {
        ReferenceData secret = new ReferenceData(PIN, 1);
        assertFalse(secret.check(ReferenceData.pad("99999".getBytes(StandardCharsets.US_ASCII))));
        assertTrue(secret.isBlocked());
        assertFalse(secret.check(PIN.clone()));
        assertEquals(0, secret.triesLeft());
    }

    @Test
    void theDescriptionShowsTheCounterOnly() {
        ReferenceData secret = new ReferenceData(PIN, 3);
        secret.check(ReferenceData.pad("99999".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ReferenceData[tries 2/3]", secret.toString());
    }
}
