package io.tscns.testpki;

/**
 * A bit of the keyUsage extension (<i>uso della chiave</i>, RFC 5280 §4.2.1.3). The ordinal is the bit number,
 * which is also the index in {@link java.security.cert.X509Certificate#getKeyUsage()}.
 *
 * <p>A CNS authentication certificate has {@link #DIGITAL_SIGNATURE} only, critical, and never
 * {@link #NON_REPUDIATION} ({@code docs/cms.md §6.3}).
 *
 * @since 0.1.0
 */
public enum KeyUsageBit {
    /** Bit 0: digitalSignature. */
    DIGITAL_SIGNATURE,
    /** Bit 1: nonRepudiation (contentCommitment). */
    NON_REPUDIATION,
    /** Bit 2: keyEncipherment. */
    KEY_ENCIPHERMENT,
    /** Bit 3: dataEncipherment. */
    DATA_ENCIPHERMENT,
    /** Bit 4: keyAgreement. */
    KEY_AGREEMENT,
    /** Bit 5: keyCertSign. */
    KEY_CERT_SIGN,
    /** Bit 6: cRLSign. */
    CRL_SIGN,
    /** Bit 7: encipherOnly. */
    ENCIPHER_ONLY,
    /** Bit 8: decipherOnly. */
    DECIPHER_ONLY
}
