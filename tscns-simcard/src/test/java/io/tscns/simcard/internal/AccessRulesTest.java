package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Proves the edges of the READ access condition: {@code 1F} is still a BSO (one the card does not know, so
 * {@code 6982}), {@code 20} already means "never" ({@code 6985}).
 */
class AccessRulesTest {

    private final DedicatedFile masterFile = DedicatedFile.masterFile();
    private final VolatileState state = new VolatileState(masterFile);

    private int readRefusal(int condition) {
        ElementaryFile ef =
                masterFile.addFile(0x2F00 + condition, new byte[4], ElementaryFile.Structure.TRANSPARENT, condition);
        return assertThrows(CardError.class, () -> AccessRules.requireRead(ef, state))
                .sw();
    }

    @Test
    void theLastBsoConditionNeedsAVerificationTheCardCannotGive() {
        state.pinVerified(true);
        state.pukVerified(true);
        assertEquals(StatusWords.SECURITY_STATUS_NOT_SATISFIED, readRefusal(0x1F));
    }

    @Test
    void theFirstNeverConditionIsNeverSatisfied() {
        state.pinVerified(true);
        assertEquals(StatusWords.CONDITIONS_OF_USE_NOT_SATISFIED, readRefusal(0x20));
    }

    @Test
    void theUserPinConditionIsSatisfiedByTheVerifiedPin() {
        ElementaryFile ef = masterFile.addFile(0x2F10, new byte[4], ElementaryFile.Structure.TRANSPARENT, 0x10);
        assertEquals(
                StatusWords.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(CardError.class, () -> AccessRules.requireRead(ef, state))
                        .sw());
        state.pinVerified(true);
        assertDoesNotThrow(() -> AccessRules.requireRead(ef, state));
    }
}
