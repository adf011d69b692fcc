package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves small exact contracts of the audit types: the inclusive key-length bounds, the full 64-bit sequence number
 * in the canonical form, the exact text of a sequence gap, the accessors of sealers and rings, a checkpoint that
 * contradicts the anchor, the JCA view of a key (which names the key but never shows it), and the trailing-digit
 * rule of secret key names.
 */
class AuditEdgeCasesTest {

    @ParameterizedTest
    @ValueSource(ints = {AuditKey.MIN_LENGTH, AuditKey.MAX_LENGTH})
    void keysOfTheShortestAndLongestLengthAreAccepted(int length) {
        assertEquals("k", AuditKey.of("k", AuditFixtures.filled(length, 7)).keyId());
    }

    @ParameterizedTest
    @ValueSource(ints = {AuditKey.MIN_LENGTH - 1, AuditKey.MAX_LENGTH + 1})
    void keysOneByteOutsideTheBoundsAreRefusedWithTheirLength(int length) {
        InvalidAuditValueException e =
                assertThrows(InvalidAuditValueException.class, () -> AuditKey.of("k", AuditFixtures.filled(length, 7)));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("audit key: has " + length + " bytes; an audit key has 32 to 64", e.getMessage());
    }

    @Test
    void theCanonicalFormWritesAllSixtyFourBitsOfTheSequenceNumberBigEndian() {
        byte[] canonical = AuditCanonicalForm.encode(0x0102_0304_0506_0708L, AuditFixtures.record("op", 0));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, Arrays.copyOfRange(canonical, 5, 13));
        byte[] high = AuditCanonicalForm.encode((1L << 32) + 2, AuditFixtures.record("op", 0));
        assertArrayEquals(new byte[] {0, 0, 0, 1, 0, 0, 0, 2}, Arrays.copyOfRange(high, 5, 13));
    }

    @Test
    void aSequenceGapNamesTheMissingRange() {
        assertEquals(
                "sequence number 3 expected, 7 found: entries 3 to 6 are missing here (deleted, or moved further down)",
                new AuditDefect.SequenceGap(3, 7).describe());
    }

    @Test
    void aHashPrintsAsItsLowerCaseHex() {
        assertEquals("0".repeat(64), AuditHash.ZERO.toString());
        AuditHash hash = AuditHash.of(AuditFixtures.filled(AuditHash.LENGTH, 0xAB));
        assertEquals("ab".repeat(32), hash.toString());
    }

    @Test
    void aSealerGivesTheIdOfItsKeyAndARingGivesItsIdsInTheOrderGiven() {
        assertEquals("k1", new AuditSealer(AuditFixtures.key1()).keyId());
        AuditKeyRing ring = AuditKeyRing.of(AuditFixtures.key2(), AuditFixtures.key1());
        assertEquals(List.of("k2", "k1"), List.copyOf(ring.keyIds()));
    }

    @Test
    void aCheckpointAtTheAnchorWithAnotherHashIsBrokenBeforeTheFirstEntry() {
        AuditHash other = AuditHash.of(AuditFixtures.filled(AuditHash.LENGTH, 1));
        AuditVerification result = AuditFixtures.verifier()
                .verifySegment(AuditChainHead.GENESIS, List.of(), Optional.of(new AuditChainHead(0, other)));
        assertEquals(new AuditVerification.Broken(0, 1, new AuditDefect.CheckpointMismatch(0)), result);

        AuditVerification same = AuditFixtures.verifier()
                .verifySegment(AuditChainHead.GENESIS, List.of(), Optional.of(AuditChainHead.GENESIS));
        assertEquals(new AuditVerification.Intact(0, AuditChainHead.GENESIS), same);
    }

    @Test
    void theJcaViewOfAKeyNamesItsAlgorithmAndKeyIdButNeverShowsTheMaterial() {
        AuditKey key = AuditFixtures.key1();
        SecretKey view = key.jcaKey();
        assertEquals("HmacSHA256", view.getAlgorithm());
        assertEquals("RAW", view.getFormat());
        assertEquals("AuditKey[k1]", view.toString());
        assertArrayEquals(AuditFixtures.KEY_1_MATERIAL, view.getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pin0", "pin9", "puk2", "cip09", "new_pin0", "otp1"})
    void aSecretWordFollowedByDigitsStillNamesASecret(String key) {
        assertTrue(SecretKeyNames.namesASecret(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v.2024", "build-0", "step.9", "attempt_1", "a.0"})
    void aTokenOfDigitsOnlyNamesNoSecret(String key) {
        assertFalse(SecretKeyNames.namesASecret(key), key);
    }
}
