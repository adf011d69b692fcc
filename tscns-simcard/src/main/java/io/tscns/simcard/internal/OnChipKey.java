package io.tscns.simcard.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * The card's RSA key pair (<i>chiave privata CNS0</i>, key reference {@code 01}): the private key never leaves this
 * object; the card runs the private-key operation on command. Not thread-safe on its own; the card guards it.
 */
public final class OnChipKey {

    /** The key reference OpenSC and the CNS use for the authentication key ({@code docs/card.md §1.1}). */
    public static final int REFERENCE = 0x01;

    /** Smallest PKCS#1 v1.5 padding: {@code 00 01}, eight {@code FF}, {@code 00}. */
    private static final int MIN_PADDING = 11;

    private final RSAPublicKey publicKey;
    private final Cipher rawPrivate;
    private final int modulusLength;

    /**
     * Wraps a key pair.
     *
     * @param publicKey  the public key
     * @param privateKey the matching private key
     */
    public OnChipKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        this.publicKey = publicKey;
        this.modulusLength = (publicKey.getModulus().bitLength() + 7) / 8;
        try {
            this.rawPrivate = Cipher.getInstance("RSA/ECB/NoPadding");
            this.rawPrivate.init(Cipher.DECRYPT_MODE, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no raw RSA, which every JDK has", e);
        }
    }

    /**
     * Returns the public key.
     *
     * @return the public key
     */
    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /**
     * Returns the modulus length in bytes (128 for RSA-1024, 256 for RSA-2048).
     *
     * @return k
     */
    public int modulusLength() {
        return modulusLength;
    }

    /**
     * Runs the raw RSA private-key operation on a block of exactly the modulus length, as PSO DECIPHER does and as
     * OpenSC uses it to sign ({@code docs/pcsc.md §5}).
     *
     * @param block k bytes whose value is below the modulus
     * @return k bytes, left-padded with zeros
     * @throws CardError {@code 6700} for a block of the wrong length, {@code 6A80} for a value not below the modulus
     */
    public byte[] privateOperation(byte[] block) {
        if (block.length != modulusLength) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        if (new BigInteger(1, block).compareTo(publicKey.getModulus()) >= 0) {
            throw new CardError(StatusWords.WRONG_DATA);
        }
        try {
            byte[] result = rawPrivate.doFinal(block);
            return leftPad(result);
        } catch (GeneralSecurityException e) {
            throw new CardError(StatusWords.WRONG_DATA);
        }
    }

    /**
     * Signs: a full-length block is used as it is (the host padded it); a shorter input, such as a DigestInfo, gets
     * PKCS#1 v1.5 type-1 padding first, as the CIE specification says the card does ({@code docs/card.md §4.3}).
     *
     * @param input 1 to k - 11 bytes, or exactly k bytes
     * @return the k-byte signature
     * @throws CardError {@code 6700} if the input length fits neither form
     */
    public byte[] sign(byte[] input) {
        if (input.length == modulusLength) {
            return privateOperation(input);
        }
        if (input.length == 0 || input.length > modulusLength - MIN_PADDING) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] block = new byte[modulusLength];
        block[1] = 0x01;
        int separator = modulusLength - input.length - 1;
        Arrays.fill(block, 2, separator, (byte) 0xFF);
        System.arraycopy(input, 0, block, separator + 1, input.length);
        return privateOperation(block);
    }

    private byte[] leftPad(byte[] result) {
        if (result.length == modulusLength) {
            return result;
        }
        byte[] padded = new byte[modulusLength];
        System.arraycopy(result, 0, padded, modulusLength - result.length, result.length);
        return padded;
    }
}
