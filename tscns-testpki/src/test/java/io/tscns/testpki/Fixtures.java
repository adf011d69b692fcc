package io.tscns.testpki;

import io.tscns.core.person.CodiceFiscale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;

/** Shared test material: a PKI on a fixed clock, a holder, and JDK parsing and PKIX helpers. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final TestPki PKI =
            TestPki.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    static final String CARD_ID = "8038000012345678";
    static final byte[] PERSONAL_DATA =
            "0000000000000000ROSSI MARIO 01011980 M RSSMRA80A01H501U".getBytes(StandardCharsets.US_ASCII);
    static final CnsSubject HOLDER = CnsSubject.of(
            CodiceFiscale.parse("RSSMRA80A01H501U"), CARD_ID, "MARIO", "ROSSI", "REGIONE TOSCANA", PERSONAL_DATA);

    private Fixtures() {}

    static TestCa toscana() {
        return PKI.issuingCa(TestIssuer.TOSCANA);
    }

    static X509Certificate parseCertificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    static X509CRL parseCrl(byte[] der) throws GeneralSecurityException {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    /** Returns the DER inside an extension's OCTET STRING. */
    static ASN1Primitive extensionValue(java.security.cert.X509Extension holder, String oid) throws IOException {
        byte[] wrapped = holder.getExtensionValue(oid);
        if (wrapped == null) {
            throw new AssertionError("extension " + oid + " is absent");
        }
        return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(wrapped).getOctets());
    }

    /** Tells whether bytes are exactly one DER-encoded object: parsed and re-encoded, they come back unchanged. */
    static boolean isStrictDer(byte[] bytes) {
        try {
            return java.util.Arrays.equals(ASN1Primitive.fromByteArray(bytes).getEncoded("DER"), bytes);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Validates a chain with the JDK PKIX validator at {@link #NOW}, revocation off, requiring one of the given
     * policies when any is given.
     *
     * @return empty when valid, else the validator's exception
     */
    static Optional<CertPathValidatorException> validate(
            List<X509Certificate> chain, X509Certificate anchor, Set<String> requiredPolicies)
            throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(new ArrayList<>(chain));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW));
        if (!requiredPolicies.isEmpty()) {
            parameters.setInitialPolicies(requiredPolicies);
            parameters.setExplicitPolicyRequired(true);
        }
        try {
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            return Optional.of(e);
        }
    }

    /** The chain of a certificate issued by the Tuscany CA, without the root. */
    static List<X509Certificate> toscanaChain(X509Certificate leaf) {
        return List.of(leaf, toscana().certificate());
    }
}
