package io.tscns.testpki;

import java.util.Objects;

/**
 * A key purpose of the extendedKeyUsage extension (<i>uso esteso della chiave</i>, RFC 5280 §4.2.1.12), by OID.
 * CNS authentication and CMS operator certificates carry {@link #CLIENT_AUTH}; TLS servers {@link #SERVER_AUTH};
 * delegated OCSP responders {@link #OCSP_SIGNING}.
 *
 * @param oid the key purpose OID in dotted form
 * @since 0.1.0
 */
public record KeyPurpose(String oid) {

    /** id-kp-serverAuth. */
    public static final KeyPurpose SERVER_AUTH = new KeyPurpose("1.3.6.1.5.5.7.3.1");
    /** id-kp-clientAuth, required in CNS authentication certificates. */
    public static final KeyPurpose CLIENT_AUTH = new KeyPurpose("1.3.6.1.5.5.7.3.2");
    /** id-kp-codeSigning. */
    public static final KeyPurpose CODE_SIGNING = new KeyPurpose("1.3.6.1.5.5.7.3.3");
    /** id-kp-emailProtection. */
    public static final KeyPurpose EMAIL_PROTECTION = new KeyPurpose("1.3.6.1.5.5.7.3.4");
    /** id-kp-OCSPSigning, for delegated OCSP responders (RFC 6960 §4.2.2.2). */
    public static final KeyPurpose OCSP_SIGNING = new KeyPurpose("1.3.6.1.5.5.7.3.9");

    /**
     * Checks the OID's shape.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if it is not a dotted OID
     */
    public KeyPurpose {
        Objects.requireNonNull(oid, "oid");
        Checks.requireOid(oid, "key purpose OID");
    }
}
