package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.simcard.TestCards;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Proves the size rules of the on-chip key: k is the modulus length in bytes, and a signature input may be as long
 * as k - 11 bytes (the smallest PKCS#1 v1.5 type-1 padding) but no longer.
 */
class OnChipKeyTest {

    private final KeyPair pair = TestCards.keyPair(2048);
    private final OnChipKey key = new OnChipKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());

    @Test
    void modulusLengthIsInBytes() {
        assertEquals(256, key.modulusLength());
    }

    @Test
    void theLongestInputGetsTheShortestPadding() {
        byte[] input = new byte[256 - 11];
        Arrays.fill(input, (byte) 0x42);
        byte[] signature = key.sign(input);
        RSAPublicKey publicKey = key.publicKey();
        byte[] block = new BigInteger(1, signature)
                .modPow(publicKey.getPublicExponent(), publicKey.getModulus())
                .toByteArray(); // leading 00 dropped by BigInteger
        byte[] expected = new byte[255];
        expected[0] = 0x01;
        Arrays.fill(expected, 1, 9, (byte) 0xFF);
        System.arraycopy(input, 0, expected, 10, input.length);
        assertArrayEquals(expected, block);
    }

    @Test
    void oneByteMoreThanThatIsTheWrongLength() {
        CardError error = assertThrows(CardError.class, () -> key.sign(new byte[256 - 10]));
        assertEquals(StatusWords.WRONG_LENGTH, error.sw());
    }
}
