package io.tscns.testpki.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Random;

/**
 * Derives an RSA key pair from seed material: the same material always gives the same key, on every JDK, because
 * the primes come from {@link BigInteger#probablePrime} fed by a SHA-256 counter stream. Public exponent 65537, a
 * modulus of exactly the requested size, CRT parameters included.
 *
 * <p>For test keys only: anyone who knows the seed knows the private key.
 */
public final class DeterministicRsa {

    private static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65_537);

    private DeterministicRsa() {}

    /**
     * Derives a key pair.
     *
     * @param seedMaterial the bytes that determine the key
     * @param bits         the modulus size in bits (even)
     * @return the key pair (JDK {@code RSAPublicKey} and {@code RSAPrivateCrtKey})
     * @throws GeneralSecurityException if the JDK's RSA key factory rejects the key (it does not for valid sizes)
     */
    public static KeyPair derive(byte[] seedMaterial, int bits) throws GeneralSecurityException {
        Random random = new HashDrbgRandom(seedMaterial);
        int half = bits / 2;
        while (true) {
            BigInteger p = BigInteger.probablePrime(half, random);
            BigInteger q = BigInteger.probablePrime(bits - half, random);
            BigInteger n = p.multiply(q);
            if (p.equals(q) || n.bitLength() != bits) {
                continue;
            }
            BigInteger pMinus1 = p.subtract(BigInteger.ONE);
            BigInteger qMinus1 = q.subtract(BigInteger.ONE);
            if (!PUBLIC_EXPONENT.gcd(pMinus1).equals(BigInteger.ONE)
                    || !PUBLIC_EXPONENT.gcd(qMinus1).equals(BigInteger.ONE)) {
                continue;
            }
            if (p.compareTo(q) < 0) {
                BigInteger swap = p;
                p = q;
                q = swap;
                pMinus1 = p.subtract(BigInteger.ONE);
                qMinus1 = q.subtract(BigInteger.ONE);
            }
            BigInteger lambda = pMinus1.divide(pMinus1.gcd(qMinus1)).multiply(qMinus1);
            BigInteger d = PUBLIC_EXPONENT.modInverse(lambda);
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    factory.generatePublic(new RSAPublicKeySpec(n, PUBLIC_EXPONENT)),
                    factory.generatePrivate(new RSAPrivateCrtKeySpec(
                            n, PUBLIC_EXPONENT, d, p, q, d.mod(pMinus1), d.mod(qMinus1), q.modInverse(p))));
        }
    }
}
