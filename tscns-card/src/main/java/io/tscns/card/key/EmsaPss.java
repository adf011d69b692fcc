package io.tscns.card.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The EMSA-PSS encoding of RSASSA-PSS (<i>codifica PSS</i>, RFC 8017 §9.1.1), with MGF1 over the same hash function
 * as the message (RFC 8017 §B.2.1) and trailer field {@code BC}: the block a raw RSA private-key operation turns into
 * an RSASSA-PSS signature. The card cannot pad for PSS, so the host builds the block and the card's
 * {@link io.tscns.card.profile.SigningMethod#RAW_RSA_DECIPHER raw RSA} signs it ({@code docs/card.md §11}).
 * A pure function; thread-safe.
 *
 * @since 0.1.0
 */
public final class EmsaPss {

    private static final int PREFIX_ZEROS = 8;
    private static final byte TRAILER = (byte) 0xBC;

    private EmsaPss() {}

    /**
     * Encodes a message digest for a key of the given size, as a block as long as the modulus (left-padded with a
     * zero byte when the modulus size is one more than a multiple of 8).
     *
     * @param hash        the hash function of the message and of MGF1
     * @param digest      the message digest, mHash
     * @param salt        the salt, usually as long as the digest (RFC 8446 §4.2.3 for TLS 1.3)
     * @param modulusBits the key's modulus size in bits
     * @return the k-byte block, k = ceil(modulusBits / 8)
     * @throws IllegalArgumentException if the digest has the wrong length or digest and salt do not fit the key
     *                                  ("encoding error" of RFC 8017 §9.1.1 step 3)
     */
    public static byte[] encode(HashAlgorithm hash, byte[] digest, byte[] salt, int modulusBits) {
        Objects.requireNonNull(salt, "salt");
        if (digest.length != hash.digestLength()) {
            throw new IllegalArgumentException(
                    hash + " digest is " + hash.digestLength() + " bytes; got " + digest.length);
        }
        int emBits = modulusBits - 1;
        int emLength = (emBits + 7) / 8;
        int hashLength = hash.digestLength();
        if (emLength < hashLength + salt.length + 2) {
            throw new IllegalArgumentException("a " + hashLength + "-byte digest and a " + salt.length
                    + "-byte salt do not fit a " + modulusBits + "-bit key");
        }
        MessageDigest md = digest(hash);
        md.update(new byte[PREFIX_ZEROS]);
        md.update(digest);
        md.update(salt);
        byte[] h = md.digest();
        int dbLength = emLength - hashLength - 1;
        byte[] db = new byte[dbLength];
        db[dbLength - salt.length - 1] = 0x01;
        System.arraycopy(salt, 0, db, dbLength - salt.length, salt.length);
        byte[] mask = mgf1(hash, h, dbLength);
        for (int i = 0; i < dbLength; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xFF >>> (8 * emLength - emBits));
        int modulusLength = (modulusBits + 7) / 8;
        byte[] block = new byte[modulusLength];
        int start = modulusLength - emLength;
        System.arraycopy(db, 0, block, start, dbLength);
        System.arraycopy(h, 0, block, start + dbLength, hashLength);
        block[modulusLength - 1] = TRAILER;
        return block;
    }

    /** MGF1 (RFC 8017 §B.2.1): Hash(seed || counter) for counter 0, 1, … until length bytes. */
    private static byte[] mgf1(HashAlgorithm hash, byte[] seed, int length) {
        MessageDigest md = digest(hash);
        byte[] mask = new byte[length];
        byte[] counter = new byte[4];
        for (int offset = 0, i = 0; offset < length; i++) {
            counter[0] = (byte) (i >>> 24);
            counter[1] = (byte) (i >>> 16);
            counter[2] = (byte) (i >>> 8);
            counter[3] = (byte) i;
            md.update(seed);
            md.update(counter);
            byte[] piece = md.digest();
            int n = Math.min(piece.length, length - offset);
            System.arraycopy(piece, 0, mask, offset, n);
            offset += n;
        }
        return mask;
    }

    private static MessageDigest digest(HashAlgorithm hash) {
        try {
            return MessageDigest.getInstance(hash.digestAlgorithm());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + hash.digestAlgorithm(), e);
        }
    }
}
