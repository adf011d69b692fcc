package io.tscns.testpki.internal;

import io.tscns.testpki.CertificatePolicy;
import io.tscns.testpki.CertificateSpec;
import io.tscns.testpki.KeyUsageBit;
import io.tscns.testpki.RawExtension;
import io.tscns.testpki.SubjectAltName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DisplayText;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.UserNotice;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Turns a {@link CertificateSpec} into a signed X.509 v3 certificate with Bouncy Castle's builder, signing with the
 * JDK's default provider (no provider is registered globally).
 */
public final class CertificateAssembler {

    private static final int[] KEY_USAGE_FLAGS = {
        KeyUsage.digitalSignature,
        KeyUsage.nonRepudiation,
        KeyUsage.keyEncipherment,
        KeyUsage.dataEncipherment,
        KeyUsage.keyAgreement,
        KeyUsage.keyCertSign,
        KeyUsage.cRLSign,
        KeyUsage.encipherOnly,
        KeyUsage.decipherOnly
    };

    private CertificateAssembler() {}

    /**
     * Builds and signs the certificate.
     *
     * @param spec            what goes in it
     * @param serial          the serial number
     * @param issuer          the issuer name
     * @param issuerPublicKey the issuer's public key, for the authorityKeyIdentifier
     * @param issuerKey       the issuer's private key
     * @return the certificate, parsed by the JDK
     * @throws GeneralSecurityException if signing or parsing fails
     * @throws IOException              if an extension cannot be encoded
     */
    public static X509Certificate assemble(
            CertificateSpec spec,
            BigInteger serial,
            X500Principal issuer,
            PublicKey issuerPublicKey,
            PrivateKey issuerKey)
            throws GeneralSecurityException, IOException {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(issuer.getEncoded()),
                serial,
                Date.from(spec.notBefore()),
                Date.from(spec.notAfter()),
                X500Name.getInstance(spec.subject().getEncoded()),
                SubjectPublicKeyInfo.getInstance(spec.publicKey().getEncoded()));
        addExtensions(builder, spec, issuerPublicKey);
        X509CertificateHolder holder = builder.build(signer(spec.signatureAlgorithm(), issuerKey));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }

    /**
     * Creates a Bouncy Castle content signer backed by the JDK's providers.
     *
     * @param jcaAlgorithm the JCA signature algorithm name
     * @param key          the signing key
     * @return the signer
     * @throws NoSuchAlgorithmException if the algorithm is unknown or does not fit the key
     */
    public static ContentSigner signer(String jcaAlgorithm, PrivateKey key) throws NoSuchAlgorithmException {
        try {
            return new JcaContentSignerBuilder(jcaAlgorithm).build(key);
        } catch (OperatorCreationException | IllegalArgumentException e) {
            throw (NoSuchAlgorithmException) new NoSuchAlgorithmException(
                            "cannot sign with " + jcaAlgorithm + " and a " + key.getAlgorithm() + " key")
                    .initCause(e);
        }
    }

    /**
     * Returns the RFC 5280 §4.2.1.2 method-1 key identifier: SHA-1 of the subjectPublicKey bits.
     *
     * @param key the public key
     * @return the 20-byte identifier
     */
    public static byte[] keyIdentifier(PublicKey key) {
        return extensionUtils().createSubjectKeyIdentifier(key).getKeyIdentifier();
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
    }

    private static void addExtensions(X509v3CertificateBuilder builder, CertificateSpec spec, PublicKey issuerPublicKey)
            throws IOException {
        if (spec.basicConstraints().isPresent()) {
            var constraints = spec.basicConstraints().get();
            BasicConstraints value = constraints
                    .pathLengthLimit()
                    .map(BasicConstraints::new)
                    .orElseGet(() -> new BasicConstraints(constraints.ca()));
            builder.addExtension(Extension.basicConstraints, constraints.critical(), value);
        }
        if (!spec.keyUsage().isEmpty()) {
            int flags = 0;
            for (KeyUsageBit bit : spec.keyUsage()) {
                flags |= KEY_USAGE_FLAGS[bit.ordinal()];
            }
            builder.addExtension(Extension.keyUsage, spec.keyUsageCritical(), new KeyUsage(flags));
        }
        if (!spec.extendedKeyUsage().isEmpty()) {
            KeyPurposeId[] purposes = spec.extendedKeyUsage().stream()
                    .map(p -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(p.oid())))
                    .toArray(KeyPurposeId[]::new);
            builder.addExtension(
                    Extension.extendedKeyUsage, spec.extendedKeyUsageCritical(), new ExtendedKeyUsage(purposes));
        }
        if (!spec.policies().isEmpty()) {
            builder.addExtension(Extension.certificatePolicies, false, policies(spec.policies()));
        }
        if (!spec.subjectAltNames().isEmpty()) {
            GeneralName[] names = spec.subjectAltNames().stream()
                    .map(CertificateAssembler::generalName)
                    .toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        if (!spec.crlDistributionPoints().isEmpty()) {
            DistributionPoint[] points = spec.crlDistributionPoints().stream()
                    .map(uri -> new DistributionPoint(
                            new DistributionPointName(new GeneralNames(uriName(uri))), null, null))
                    .toArray(DistributionPoint[]::new);
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(points));
        }
        if (!spec.ocspResponders().isEmpty() || !spec.caIssuers().isEmpty()) {
            ASN1EncodableVector access = new ASN1EncodableVector();
            spec.ocspResponders()
                    .forEach(uri -> access.add(new AccessDescription(AccessDescription.id_ad_ocsp, uriName(uri))));
            spec.caIssuers()
                    .forEach(uri -> access.add(new AccessDescription(AccessDescription.id_ad_caIssuers, uriName(uri))));
            builder.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    AuthorityInformationAccess.getInstance(new DERSequence(access)));
        }
        JcaX509ExtensionUtils utils = extensionUtils();
        if (spec.subjectKeyIdentifier()) {
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(spec.publicKey()));
        }
        if (spec.authorityKeyIdentifier()) {
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerPublicKey));
        }
        if (spec.ocspNoCheck()) {
            builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        }
        for (RawExtension extension : spec.additionalExtensions()) {
            builder.addExtension(new Extension(
                    new ASN1ObjectIdentifier(extension.oid()),
                    extension.critical(),
                    new DEROctetString(extension.value())));
        }
    }

    private static CertificatePolicies policies(List<CertificatePolicy> policies) {
        PolicyInformation[] entries = new PolicyInformation[policies.size()];
        for (int i = 0; i < entries.length; i++) {
            CertificatePolicy policy = policies.get(i);
            ASN1EncodableVector qualifiers = new ASN1EncodableVector();
            policy.cpsUri().ifPresent(uri -> qualifiers.add(new PolicyQualifierInfo(uri.toString())));
            policy.userNoticeText()
                    .ifPresent(text -> qualifiers.add(new PolicyQualifierInfo(
                            PolicyQualifierId.id_qt_unotice,
                            new UserNotice(null, new DisplayText(DisplayText.CONTENT_TYPE_UTF8STRING, text)))));
            ASN1ObjectIdentifier oid = new ASN1ObjectIdentifier(policy.oid());
            entries[i] = qualifiers.size() == 0
                    ? new PolicyInformation(oid)
                    : new PolicyInformation(oid, new DERSequence(qualifiers));
        }
        return new CertificatePolicies(entries);
    }

    private static GeneralName generalName(SubjectAltName name) {
        if (name instanceof SubjectAltName.DnsName dns) {
            return new GeneralName(GeneralName.dNSName, dns.name());
        }
        if (name instanceof SubjectAltName.IpAddress ip) {
            return new GeneralName(GeneralName.iPAddress, (ASN1Encodable)
                    new DEROctetString(ip.address().getAddress()));
        }
        if (name instanceof SubjectAltName.EmailAddress email) {
            return new GeneralName(GeneralName.rfc822Name, email.mailbox());
        }
        return uriName(((SubjectAltName.Uri) name).uri());
    }

    private static GeneralName uriName(URI uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, uri.toString());
    }
}
