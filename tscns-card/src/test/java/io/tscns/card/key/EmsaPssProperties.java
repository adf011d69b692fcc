package io.tscns.card.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.List;
import javax.crypto.Cipher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * EMSA-PSS built here and turned into a signature by a raw RSA private-key operation, as the card does, is an
 * RSASSA-PSS signature the JDK verifies, for every hash, salt length and message, with keys whose size is and is not
 * a multiple of 8 bits (where the encoded block is one byte shorter than the modulus).
 */
class EmsaPssProperties {

    /** Key generation is the costly part: three keys for all tries (RSA-1024, RSA-1025, RSA-2048). */
    private static final List<KeyPair> KEYS = List.of(rsa(1024), rsa(1025), rsa(2048));

    private static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> messages() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Property(tries = 200)
    void theRawRsaOfTheBlockVerifiesAsRsassaPssInTheJdk(
            @ForAll HashAlgorithm hash,
            @ForAll("messages") byte[] message,
            @ForAll @IntRange(min = 0, max = 64) int saltLength,
            @ForAll @IntRange(min = 0, max = 2) int keyIndex)
            throws GeneralSecurityException {
        KeyPair key = KEYS.get(keyIndex);
        int bits = ((RSAPublicKey) key.getPublic()).getModulus().bitLength();
        byte[] salt = new byte[saltLength];
        new SecureRandom().nextBytes(salt);
        byte[] block;
        try {
            block = EmsaPss.encode(hash, hash.digest(message), salt, bits);
        } catch (IllegalArgumentException tooLong) {
            assertTrue((bits - 1 + 7) / 8 < hash.digestLength() + saltLength + 2, tooLong.getMessage());
            return;
        }
        assertEquals((bits + 7) / 8, block.length);
        Cipher raw = Cipher.getInstance("RSA/ECB/NoPadding");
        raw.init(Cipher.DECRYPT_MODE, key.getPrivate());
        byte[] signature = raw.doFinal(block);

        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec(
                hash.digestAlgorithm(), "MGF1", new MGF1ParameterSpec(hash.digestAlgorithm()), saltLength, 1));
        verifier.initVerify(key.getPublic());
        verifier.update(message);
        assertTrue(verifier.verify(signature));
    }

    @Property(tries = 50)
    void aDigestOfTheWrongLengthIsRefused(@ForAll HashAlgorithm hash, @ForAll @IntRange(max = 80) int length) {
        if (length == hash.digestLength()) {
            return;
        }
        assertThrows(IllegalArgumentException.class, () -> EmsaPss.encode(hash, new byte[length], new byte[0], 2048));
    }
}
