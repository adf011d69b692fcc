package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPairSourceTest {

    @Test
    void theSameSeedLabelAndSizeGiveTheSameKeyAndTheCacheAnswersAgain() {
        long started = System.nanoTime();
        KeyPair first = KeyPairSource.seeded(11).rsa("holder/determinism");
        long derived = System.nanoTime() - started;
        started = System.nanoTime();
        KeyPair again = KeyPairSource.seeded(11).rsa("holder/determinism");
        long cached = System.nanoTime() - started;
        System.out.printf("RSA-2048 derivation %.1f ms, cache hit %.3f ms%n", derived / 1e6, cached / 1e6);
        assertSame(first, again);
        assertEquals(first.getPublic(), again.getPublic());
    }

    @Test
    void derivationDoesNotDependOnTheCache() throws Exception {
        KeyPair cached = KeyPairSource.seeded(12).rsa("holder/uncached", 1024);
        byte[] material = java.security.MessageDigest.getInstance("SHA-256").digest(); // not the same material
        KeyPair other = io.tscns.testpki.internal.DeterministicRsa.derive(material, 1024);
        assertNotEquals(cached.getPublic(), other.getPublic());
        KeyPair rederived = io.tscns.testpki.internal.DeterministicRsa.derive(material, 1024);
        assertEquals(other.getPublic(), rederived.getPublic(), "derivation itself is deterministic");
        assertEquals(other.getPrivate(), rederived.getPrivate());
    }

    @Test
    void differentLabelsSeedsAndSizesGiveDifferentKeys() {
        Set<BigInteger> moduli = new HashSet<>();
        for (KeyPair pair : List.of(
                KeyPairSource.seeded(1).rsa("a", 1024),
                KeyPairSource.seeded(1).rsa("b", 1024),
                KeyPairSource.seeded(2).rsa("a", 1024),
                KeyPairSource.seeded(1).rsa("a", 1026))) {
            moduli.add(((RSAPublicKey) pair.getPublic()).getModulus());
        }
        assertEquals(4, moduli.size());
    }

    @Test
    void keysAreWellFormedRsaOfTheExactSize() throws Exception {
        for (int bits : new int[] {512, 1024, 2048}) {
            KeyPair pair = KeyPairSource.seeded(3).rsa("size", bits);
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) pair.getPrivate();
            assertEquals(bits, publicKey.getModulus().bitLength());
            assertEquals(BigInteger.valueOf(65_537), publicKey.getPublicExponent());
            assertEquals(publicKey.getModulus(), privateKey.getPrimeP().multiply(privateKey.getPrimeQ()));
            assertTrue(privateKey.getPrimeP().isProbablePrime(64)
                    && privateKey.getPrimeQ().isProbablePrime(64));
            if (bits >= 1024) {
                Signature signer = Signature.getInstance("SHA256withRSA");
                signer.initSign(privateKey);
                byte[] message = "tscns".getBytes(StandardCharsets.US_ASCII);
                signer.update(message);
                byte[] signature = signer.sign();
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(publicKey);
                verifier.update(message);
                assertTrue(verifier.verify(signature));
            }
        }
    }

    @Test
    void badRequestsAreTypedErrors() {
        KeyPairSource source = KeyPairSource.seeded(4);
        for (int bits : new int[] {256, 511, 1025, 8194}) {
            TestPkiException e = assertThrows(TestPkiException.class, () -> source.rsa("x", bits));
            assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
        }
        assertEquals(
                TestPkiException.Reason.INVALID_SPEC,
                assertThrows(TestPkiException.class, () -> source.rsa("")).reason());
    }

    @Test
    void serialSourcesNeverRepeatAndAreReproducible() {
        SerialNumberSource sequential = SerialNumberSource.sequential(5);
        assertEquals(
                List.of(BigInteger.valueOf(5), BigInteger.valueOf(6)), List.of(sequential.next(), sequential.next()));
        assertThrows(TestPkiException.class, () -> SerialNumberSource.sequential(0));
        SerialNumberSource a = SerialNumberSource.random(9);
        SerialNumberSource b = SerialNumberSource.random(9);
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            BigInteger serial = a.next();
            assertEquals(serial, b.next());
            assertTrue(serial.signum() > 0 && serial.bitLength() <= 128);
            assertTrue(seen.add(serial));
        }
    }
}
