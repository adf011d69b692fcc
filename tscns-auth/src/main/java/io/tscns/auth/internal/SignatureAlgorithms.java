package io.tscns.auth.internal;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PSSParameterSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The signature algorithms a CRL may be signed with, by AlgorithmIdentifier OID (RFC 4055, RFC 5758): RSA PKCS#1
 * v1.5 with SHA-1 and SHA-2, RSASSA-PSS with its parameters, and ECDSA with SHA-2.
 */
public final class SignatureAlgorithms {

    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
    private static final Map<String, String> JCA_NAMES = Map.of(
            "1.2.840.113549.1.1.5",
            "SHA1withRSA",
            "1.2.840.113549.1.1.11",
            "SHA256withRSA",
            "1.2.840.113549.1.1.12",
            "SHA384withRSA",
            "1.2.840.113549.1.1.13",
            "SHA512withRSA",
            "1.2.840.10045.4.3.2",
            "SHA256withECDSA",
            "1.2.840.10045.4.3.3",
            "SHA384withECDSA",
            "1.2.840.10045.4.3.4",
            "SHA512withECDSA",
            RSASSA_PSS,
            "RSASSA-PSS");

    private SignatureAlgorithms() {}

    /**
     * Returns the JCA name of a signature algorithm OID.
     *
     * @param oid the dotted OID
     * @return the JCA name, or empty if unsupported
     */
    public static Optional<String> jcaName(String oid) {
        return Optional.ofNullable(JCA_NAMES.get(oid));
    }

    /**
     * Returns a signature initialised for verification.
     *
     * @param oid        the dotted OID, one {@link #jcaName(String)} knows
     * @param parameters the DER of the parameters, or empty
     * @param key        the signer's public key
     * @return the signature
     * @throws GeneralSecurityException if the key does not fit the algorithm or the parameters are invalid
     */
    public static Signature verifier(String oid, Optional<byte[]> parameters, PublicKey key)
            throws GeneralSecurityException {
        String name = jcaName(oid).orElseThrow(() -> new GeneralSecurityException("unsupported algorithm " + oid));
        Signature signature = Signature.getInstance(name);
        if (RSASSA_PSS.equals(oid)) {
            AlgorithmParameters pss = AlgorithmParameters.getInstance("RSASSA-PSS");
            try {
                pss.init(parameters.orElseThrow(() -> new GeneralSecurityException("RSASSA-PSS without parameters")));
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException("malformed RSASSA-PSS parameters", e);
            }
            signature.setParameter(pss.getParameterSpec(PSSParameterSpec.class));
        }
        signature.initVerify(key);
        return signature;
    }
}
