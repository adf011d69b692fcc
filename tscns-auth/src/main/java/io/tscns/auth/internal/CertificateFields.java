package io.tscns.auth.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Reads certificate fields the JDK does not expose in structured form: the certificatePolicies OIDs and the subject
 * attributes by OID, through Bouncy Castle's ASN.1 classes. A structure that does not decode reads as absent.
 */
public final class CertificateFields {

    private static final String CERTIFICATE_POLICIES = "2.5.29.32";

    private CertificateFields() {}

    /**
     * Returns the policy OIDs of the certificatePolicies extension.
     *
     * @param certificate the certificate
     * @return the dotted OIDs in order; empty if the extension is absent or does not decode
     */
    public static List<String> policies(X509Certificate certificate) {
        Optional<byte[]> value = extensionValue(certificate, CERTIFICATE_POLICIES);
        if (value.isEmpty()) {
            return List.of();
        }
        try {
            CertificatePolicies policies = CertificatePolicies.getInstance(value.get());
            List<String> oids = new ArrayList<>();
            for (PolicyInformation information : policies.getPolicyInformation()) {
                oids.add(information.getPolicyIdentifier().getId());
            }
            return oids;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
    }

    /**
     * Returns the DER inside an extension's extnValue OCTET STRING (the JDK returns it still wrapped).
     *
     * @param certificate the certificate
     * @param oid         the extension OID
     * @return the DER of the extension's value, or empty if absent or not an OCTET STRING
     */
    static Optional<byte[]> extensionValue(X509Certificate certificate, String oid) {
        byte[] wrapped = certificate.getExtensionValue(oid);
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1OctetString.getInstance(wrapped).getOctets());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the subject attributes.
     *
     * @param certificate the certificate
     * @return the attributes by OID
     */
    public static SubjectAttributes subject(X509Certificate certificate) {
        X500Name name =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        Map<String, List<String>> values = new HashMap<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                ASN1ObjectIdentifier type = attribute.getType();
                ASN1Encodable value = attribute.getValue();
                String text = value instanceof ASN1String string ? string.getString() : value.toString();
                values.computeIfAbsent(type.getId(), k -> new ArrayList<>()).add(text);
            }
        }
        return new SubjectAttributes(values);
    }

    /**
     * A subject's attribute values by OID.
     *
     * @param byOid the values of each attribute, in DN order
     */
    public record SubjectAttributes(Map<String, List<String>> byOid) {

        /**
         * Returns the values of one attribute.
         *
         * @param oid the attribute type OID
         * @return its values, possibly none
         */
        public List<String> values(String oid) {
            return byOid.getOrDefault(oid, List.of());
        }
    }
}
