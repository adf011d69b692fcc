package io.tscns.testpki;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The certificate profiles of the test CAs, each returning a filled-in {@link CertificateSpec.Builder}: the CA
 * certificate, the CNS authentication certificate ({@code docs/card.md §6}, {@code docs/cms.md §6.3}), the CMS
 * operator's personal certificate, the TLS server certificate and the delegated OCSP responder certificate.
 */
final class CertificateProfiles {

    /** Validity of a CNS authentication certificate: six years, like the card ({@code docs/card.md §6}). */
    static final int CNS_VALIDITY_YEARS = 6;
    /** Validity of an operator certificate (an assumption: three years, a common term for personal certificates). */
    static final int OPERATOR_VALIDITY_YEARS = 3;
    /** Validity of a TLS server certificate: 397 days, the CA/Browser Forum maximum. */
    static final Duration TLS_SERVER_VALIDITY = Duration.ofDays(397);
    /** Validity of a delegated OCSP responder certificate (short-lived, as it carries id-pkix-ocsp-nocheck). */
    static final Duration OCSP_SIGNER_VALIDITY = Duration.ofDays(30);

    private CertificateProfiles() {}

    static CertificateSpec.Builder ca(CaSpec spec, Optional<TestCa> parent) {
        CertificateSpec.Builder builder = CertificateSpec.builder()
                .subject(spec.subject())
                .publicKey(spec.keyPair().getPublic())
                .validity(spec.notBefore(), spec.notAfter())
                .basicConstraints(Optional.of(BasicConstraintsSpec.ca(spec.pathLengthLimit())))
                .keyUsage(KeyUsageBit.KEY_CERT_SIGN, KeyUsageBit.CRL_SIGN)
                .policies(spec.ownCertificatePolicies())
                .authorityKeyIdentifier(parent.isPresent())
                .signatureAlgorithm(
                        parent.map(p -> p.spec().signatureAlgorithm()).orElse(spec.signatureAlgorithm()));
        parent.ifPresent(p -> revocationPointers(builder, p));
        return builder;
    }

    static CertificateSpec.Builder cnsAuthentication(TestCa issuer, CnsSubject subject, PublicKey key) {
        Instant now = issuer.now();
        List<CertificatePolicy> policies = new ArrayList<>();
        issuer.spec().issuingPolicy().ifPresent(policies::add);
        policies.add(CertificatePolicy.cns());
        return revocationPointers(
                        endEntity(
                                issuer,
                                key,
                                now,
                                now.atZone(ZoneOffset.UTC)
                                        .plusYears(CNS_VALIDITY_YEARS)
                                        .toInstant()),
                        issuer)
                .subject(subject.toPrincipal(issuer.organization()))
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE)
                .extendedKeyUsage(KeyPurpose.CLIENT_AUTH)
                .policies(policies);
    }

    static CertificateSpec.Builder operator(TestCa issuer, OperatorSubject subject, PublicKey key) {
        Instant now = issuer.now();
        return revocationPointers(
                        endEntity(
                                issuer,
                                key,
                                now,
                                now.atZone(ZoneOffset.UTC)
                                        .plusYears(OPERATOR_VALIDITY_YEARS)
                                        .toInstant()),
                        issuer)
                .subject(subject.toPrincipal())
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE)
                .extendedKeyUsage(KeyPurpose.CLIENT_AUTH)
                .policies(issuer.spec().issuingPolicy().map(List::of).orElse(List.of()));
    }

    static CertificateSpec.Builder tlsServer(TestCa issuer, List<SubjectAltName> names, PublicKey key) {
        if (names.isEmpty()) {
            throw TestPkiException.invalid("a TLS server certificate needs at least one subjectAltName");
        }
        SubjectAltName first = names.get(0);
        String commonName = first instanceof SubjectAltName.DnsName dns
                ? dns.name()
                : first instanceof SubjectAltName.IpAddress ip ? ip.address().getHostAddress() : "tscns test server";
        Instant now = issuer.now();
        return revocationPointers(endEntity(issuer, key, now, now.plus(TLS_SERVER_VALIDITY)), issuer)
                .subject(Checks.principal(new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "IT")
                        .addRDN(BCStyle.O, issuer.organization())
                        .addRDN(BCStyle.CN, commonName)))
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT)
                .extendedKeyUsage(KeyPurpose.SERVER_AUTH)
                .subjectAltNames(names);
    }

    static CertificateSpec.Builder ocspSigner(TestCa issuer, PublicKey key) {
        Instant now = issuer.now();
        return endEntity(issuer, key, now, now.plus(OCSP_SIGNER_VALIDITY))
                .subject(Checks.principal(new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "IT")
                        .addRDN(BCStyle.O, issuer.organization())
                        .addRDN(BCStyle.CN, "OCSP " + issuer.commonName())))
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE)
                .extendedKeyUsage(KeyPurpose.OCSP_SIGNING)
                .ocspNoCheck(true);
    }

    private static CertificateSpec.Builder endEntity(TestCa issuer, PublicKey key, Instant from, Instant to) {
        return CertificateSpec.builder()
                .publicKey(key)
                .validity(from, to)
                .signatureAlgorithm(issuer.spec().signatureAlgorithm());
    }

    private static CertificateSpec.Builder revocationPointers(CertificateSpec.Builder builder, TestCa issuer) {
        issuer.spec().crlUrl().ifPresent(url -> builder.crlDistributionPoints(url));
        issuer.spec().ocspUrl().ifPresent(url -> builder.ocspResponders(url));
        return builder;
    }
}
