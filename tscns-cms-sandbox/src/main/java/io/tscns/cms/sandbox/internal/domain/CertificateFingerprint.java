package io.tscns.cms.sandbox.internal.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint by which the sandbox knows an operator's personal certificate (<i>impronta del certificato</i>):
 * SHA-256 of the DER certificate, lower-case hex. Stateless, thread-safe.
 */
public final class CertificateFingerprint {

    private CertificateFingerprint() {}

    /**
     * Returns the fingerprint of a certificate.
     *
     * @param der the DER certificate
     * @return 64 lower-case hex digits
     */
    public static String of(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
