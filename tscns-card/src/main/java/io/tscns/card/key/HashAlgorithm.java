package io.tscns.card.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A hash function whose digest the card's key signs (<i>funzione di hash</i>), with the DER prefix of its PKCS#1
 * v1.5 DigestInfo (RFC 8017 §9.2, note 1) and the JCA name of the matching signature algorithm.
 *
 * @since 0.1.0
 */
public enum HashAlgorithm {

    /**
     * SHA-1; JCA {@code SHA1withRSA}. For verifiers that still need it only: SHA-1 is not collision resistant, and
     * TLS 1.3 does not accept it in CertificateVerify (RFC 8446 §4.2.3).
     */
    SHA_1("SHA-1", "SHA1withRSA", "3021300906052b0e03021a05000414", 20),

    /** SHA-256: the algorithm of {@code CnsCard.authenticate}; JCA {@code SHA256withRSA}. */
    SHA_256("SHA-256", "SHA256withRSA", "3031300d060960864801650304020105000420", 32),
    /** SHA-384; JCA {@code SHA384withRSA}. */
    SHA_384("SHA-384", "SHA384withRSA", "3041300d060960864801650304020205000430", 48),
    /** SHA-512; JCA {@code SHA512withRSA}. */
    SHA_512("SHA-512", "SHA512withRSA", "3051300d060960864801650304020305000440", 64);

    private final String jcaName;
    private final String signatureAlgorithm;
    private final byte[] digestInfoPrefix;
    private final int digestLength;

    HashAlgorithm(String jcaName, String signatureAlgorithm, String digestInfoPrefix, int digestLength) {
        this.jcaName = jcaName;
        this.signatureAlgorithm = signatureAlgorithm;
        this.digestInfoPrefix = HexFormat.of().parseHex(digestInfoPrefix);
        this.digestLength = digestLength;
    }

    /**
     * Returns the JCA name of the signature algorithm a verifier uses.
     *
     * @return e.g. {@code "SHA256withRSA"}
     */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * Returns the JCA name of the hash function, as {@code MessageDigest} and MGF1 take it.
     *
     * @return e.g. {@code "SHA-256"}
     */
    public String digestAlgorithm() {
        return jcaName;
    }

    /**
     * Returns the digest length.
     *
     * @return bytes, e.g. 32 for SHA-256
     */
    public int digestLength() {
        return digestLength;
    }

    /**
     * Hashes data.
     *
     * @param data the data
     * @return the digest
     */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + jcaName, e);
        }
    }

    /**
     * Wraps a digest in its DER DigestInfo.
     *
     * @param digest the digest
     * @return the DigestInfo
     * @throws IllegalArgumentException if the digest has the wrong length
     */
    public byte[] digestInfo(byte[] digest) {
        if (digest.length != digestLength) {
            throw new IllegalArgumentException(name() + " digest is " + digestLength + " bytes; got " + digest.length);
        }
        byte[] info = new byte[digestInfoPrefix.length + digest.length];
        System.arraycopy(digestInfoPrefix, 0, info, 0, digestInfoPrefix.length);
        System.arraycopy(digest, 0, info, digestInfoPrefix.length, digest.length);
        return info;
    }
}
