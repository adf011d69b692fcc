package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Proves what the card's volatile state forgets and keeps: a fresh state and a reset make the MF current and clear
 * the security environment, a chain in progress and waiting response bytes (wiping them); a command chain accepts exactly
 * {@link VolatileState#MAX_CHAIN_LENGTH} bytes, is dropped when it would overflow and is forgotten once completed.
 */
class VolatileStateTest {

    private static final int PSO = 0x2A;

    private final DedicatedFile masterFile = DedicatedFile.masterFile();
    private final VolatileState state = new VolatileState(masterFile);

    @Test
    void aFreshStateHasTheMasterFileCurrentAndNothingElse() {
        assertSame(masterFile, state.currentDf());
        assertNull(state.currentEf());
        assertFalse(state.pinVerified());
        assertFalse(state.chainInProgress());
        assertNull(state.takePendingResponse());
    }

    @Test
    void resetClearsEveryKeyOfTheSecurityEnvironment() {
        state.signatureKey(OnChipKey.REFERENCE);
        state.decipherKey(OnChipKey.REFERENCE);
        state.authenticationKey(OnChipKey.REFERENCE);
        state.reset();
        assertEquals(VolatileState.NO_KEY, state.signatureKey());
        assertEquals(VolatileState.NO_KEY, state.decipherKey());
        assertEquals(VolatileState.NO_KEY, state.authenticationKey());
    }

    @Test
    void resetDropsAndWipesTheWaitingResponse() {
        byte[] deciphered = {1, 2, 3, 4};
        state.pendingResponse(deciphered, 1);
        state.reset();
        assertNull(state.takePendingResponse());
        assertArrayEquals(new byte[4], deciphered);
    }

    @Test
    void resetDropsAChainInProgress() {
        state.appendToChain(PSO, 0x80, 0x86, new byte[] {1, 2, 3});
        state.reset();
        assertFalse(state.chainInProgress());
        state.appendToChain(PSO, 0x80, 0x86, new byte[] {4});
        assertArrayEquals(new byte[] {4, 5}, state.completeChain(new byte[] {5}));
    }

    @Test
    void takingTheWaitingResponseReturnsTheRestAndWipesTheKeptBytes() {
        byte[] deciphered = {1, 2, 3, 4};
        state.pendingResponse(deciphered, 1);
        assertArrayEquals(new byte[] {2, 3, 4}, state.takePendingResponse());
        assertArrayEquals(new byte[4], deciphered);
        assertNull(state.takePendingResponse());
    }

    @Test
    void aChainStartedByAnAllZeroHeaderIsInProgress() {
        state.appendToChain(0, 0, 0, new byte[] {1});
        assertTrue(state.chainInProgress());
        assertTrue(state.continuesChain(0, 0, 0));
    }

    @Test
    void aChainTakesExactlyTheMaximumLength() {
        byte[] full = new byte[VolatileState.MAX_CHAIN_LENGTH];
        Arrays.fill(full, (byte) 0x5A);
        state.appendToChain(PSO, 0x80, 0x86, full);
        assertTrue(state.chainInProgress());
        assertArrayEquals(full, state.completeChain(new byte[0]));
    }

    @Test
    void overflowingTheChainAnswers6700AndDropsIt() {
        state.appendToChain(PSO, 0x80, 0x86, new byte[100]);
        CardError error = assertThrows(
                CardError.class,
                () -> state.appendToChain(PSO, 0x80, 0x86, new byte[VolatileState.MAX_CHAIN_LENGTH - 99]));
        assertEquals(StatusWords.WRONG_LENGTH, error.sw());
        assertFalse(state.chainInProgress());
    }

    @Test
    void completingTheChainJoinsThePartsAndForgetsTheChain() {
        state.appendToChain(PSO, 0x80, 0x86, new byte[] {1, 2});
        state.appendToChain(PSO, 0x80, 0x86, new byte[] {3});
        assertArrayEquals(new byte[] {1, 2, 3, 4}, state.completeChain(new byte[] {4}));
        assertFalse(state.chainInProgress());
        assertFalse(state.continuesChain(PSO, 0x80, 0x86));
        state.appendToChain(PSO, 0x80, 0x86, new byte[] {9});
        assertArrayEquals(new byte[] {9}, state.completeChain(new byte[0]));
    }
}
