package io.tscns.cli.internal;

import io.tscns.auth.identity.CertificateKind;
import io.tscns.auth.identity.CnsCommonName;
import io.tscns.auth.identity.CnsIdentities;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.InvalidIdentityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Describes a certificate for people and scripts (<i>descrizione del certificato</i>): the summary that
 * {@code tscns read} shows for the card's certificate, and the full view of {@code tscns cert inspect}.
 */
public final class CertificateReports {

    private static final String CERTIFICATE_POLICIES = "2.5.29.32";
    private static final String[] KEY_USAGES = {
        "digitalSignature",
        "nonRepudiation",
        "keyEncipherment",
        "dataEncipherment",
        "keyAgreement",
        "keyCertSign",
        "cRLSign",
        "encipherOnly",
        "decipherOnly"
    };
    private static final Map<String, String> PURPOSES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("2.5.29.14", "subjectKeyIdentifier"),
            Map.entry("2.5.29.15", "keyUsage"),
            Map.entry("2.5.29.17", "subjectAltName"),
            Map.entry("2.5.29.18", "issuerAltName"),
            Map.entry("2.5.29.19", "basicConstraints"),
            Map.entry("2.5.29.31", "cRLDistributionPoints"),
            Map.entry("2.5.29.32", "certificatePolicies"),
            Map.entry("2.5.29.35", "authorityKeyIdentifier"),
            Map.entry("2.5.29.37", "extKeyUsage"),
            Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"),
            Map.entry("1.3.6.1.5.5.7.1.3", "qcStatements"));

    private CertificateReports() {}

    /**
     * The summary of a CNS certificate: subject (with readable attribute names, and attribute by attribute),
     * serial number, validity, issuer, policy, and the CN's three parts (codice fiscale, card id, digest of
     * EF.Dati_personali).
     *
     * @param certificate the certificate
     * @param now         the instant its validity is judged at
     * @return the report
     */
    public static Report summary(X509Certificate certificate, Instant now) {
        Report report = new Report()
                .put("subject", "Subject", DistinguishedNames.readable(certificate.getSubjectX500Principal()))
                .put(
                        "subjectAttributes",
                        "Subject attributes",
                        DistinguishedNames.attributes(certificate.getSubjectX500Principal()))
                .put(
                        "serialNumber",
                        "Serial number",
                        HexFormat.of()
                                .withUpperCase()
                                .formatHex(certificate.getSerialNumber().toByteArray()))
                .put("issuer", "Issuer", DistinguishedNames.readable(certificate.getIssuerX500Principal()))
                .put(
                        "notBefore",
                        "Valid from",
                        certificate.getNotBefore().toInstant().toString())
                .put(
                        "notAfter",
                        "Valid until",
                        certificate.getNotAfter().toInstant().toString())
                .put("validity", "Validity now", validity(certificate, now));
        List<String> policies = policies(certificate);
        report.put(
                        "policy",
                        "Policy",
                        CertificateKind.classify(policies).map(Enum::name).orElse("none known"))
                .put("policyOids", "Policy OIDs", policies);
        try {
            CnsCommonName commonName = CnsIdentities.of(certificate).commonName();
            report.put(
                            "codiceFiscale",
                            "Codice fiscale",
                            commonName.codiceFiscale().value())
                    .put(
                            "commonName",
                            "Common name (CN)",
                            new Report()
                                    .put(
                                            "codiceFiscale",
                                            "Codice fiscale",
                                            commonName.codiceFiscale().value())
                                    .put(
                                            "cardId",
                                            "Card id",
                                            commonName.cardId().value())
                                    .put(
                                            "personalDataDigest",
                                            "Digest of EF.Dati_personali (base64)",
                                            commonName.personalDataHash()));
        } catch (InvalidIdentityException e) {
            report.put(
                    "identityProblem",
                    "Identity",
                    "not a CNS identity: " + e.problem().describe());
        }
        return report;
    }

    /**
     * The full view of a certificate: the summary, then the holder's identity, the key, the key usages and every
     * extension.
     *
     * @param certificate the certificate
     * @param now         the instant its validity is judged at
     * @return the report
     */
    public static Report inspection(X509Certificate certificate, Instant now) {
        Report report = summary(certificate, now);
        identity(certificate).ifPresent(identity -> report.put("identity", "Identity", identity(identity)));
        report.put("publicKey", "Public key", publicKey(certificate))
                .put("signatureAlgorithm", "Signature algorithm", certificate.getSigAlgName())
                .put("keyUsage", "Key usage", keyUsage(certificate))
                .put("extendedKeyUsage", "Extended key usage", extendedKeyUsage(certificate))
                .put("extensions", "Extensions", extensions(certificate));
        return report;
    }

    /**
     * Describes a CNS identity.
     *
     * @param identity the identity
     * @return the report
     */
    public static Report identity(CnsIdentity identity) {
        return new Report()
                .put("codiceFiscale", "Codice fiscale", identity.codiceFiscale().value())
                .put("cardId", "Card id", identity.cardId().value())
                .put("givenName", "Given name", identity.givenName())
                .put("surname", "Surname", identity.surname())
                .put("administration", "Administration", identity.administration())
                .put("kind", "Kind", identity.kind().name());
    }

    /**
     * Reads the OIDs of the certificatePolicies extension.
     *
     * @param certificate the certificate
     * @return the OIDs, empty if there is no such extension or it cannot be read
     */
    public static List<String> policies(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(CERTIFICATE_POLICIES);
        if (value == null) {
            return List.of();
        }
        try {
            CertificatePolicies policies = CertificatePolicies.getInstance(
                    ASN1OctetString.getInstance(value).getOctets());
            List<String> oids = new ArrayList<>();
            for (PolicyInformation information : policies.getPolicyInformation()) {
                oids.add(information.getPolicyIdentifier().getId());
            }
            return oids;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Reads the CN of a CNS certificate: codice fiscale, card id and digest of EF.Dati_personali.
     *
     * @param certificate the certificate
     * @return the CN's parts, or empty if the certificate carries no CNS identity
     */
    public static Optional<CnsCommonName> commonName(X509Certificate certificate) {
        return identity(certificate).map(CnsIdentity::commonName);
    }

    private static Optional<CnsIdentity> identity(X509Certificate certificate) {
        try {
            return Optional.of(CnsIdentities.of(certificate));
        } catch (InvalidIdentityException e) {
            return Optional.empty();
        }
    }

    private static String validity(X509Certificate certificate, Instant now) {
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return "not yet valid";
        }
        return now.isAfter(certificate.getNotAfter().toInstant()) ? "expired" : "valid";
    }

    private static String publicKey(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength() + " bits";
        }
        return certificate.getPublicKey().getAlgorithm();
    }

    private static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length; i++) {
                if (bits[i]) {
                    names.add(i < KEY_USAGES.length ? KEY_USAGES[i] : "bit " + i);
                }
            }
        }
        return names;
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes == null
                    ? List.of()
                    : purposes.stream()
                            .map(oid -> PURPOSES.getOrDefault(oid, oid))
                            .toList();
        } catch (CertificateParsingException e) {
            return List.of("(unreadable)");
        }
    }

    private static List<Report> extensions(X509Certificate certificate) {
        List<Report> extensions = new ArrayList<>();
        TreeSet<String> critical = new TreeSet<>(
                Optional.ofNullable(certificate.getCriticalExtensionOIDs()).orElse(java.util.Set.of()));
        TreeSet<String> all = new TreeSet<>(critical);
        all.addAll(
                Optional.ofNullable(certificate.getNonCriticalExtensionOIDs()).orElse(java.util.Set.of()));
        for (String oid : all) {
            extensions.add(new Report()
                    .put("oid", "OID", oid)
                    .put("name", "Name", EXTENSIONS.getOrDefault(oid, "unknown"))
                    .put("critical", "Critical", critical.contains(oid)));
        }
        return extensions;
    }
}
