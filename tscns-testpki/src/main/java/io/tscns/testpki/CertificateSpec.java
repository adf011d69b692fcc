package io.tscns.testpki;

import java.math.BigInteger;
import java.net.URI;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * Everything a {@link TestCa} puts in a certificate it issues (<i>specifica del certificato</i>): subject, key,
 * validity, and each extension. The profiles ({@link TestCa#cnsAuthentication}, {@link TestCa#operator},
 * {@link TestCa#tlsServer}) return a {@link Builder} already filled in; a relying-party test changes one field to get
 * a bad variant (expired, wrong policy, wrong EKU, RSA-1024 key…) and leaves the rest exactly as the profile says.
 *
 * <p>Nothing here stops a test from asking for a certificate that breaks RFC 5280 (a negative serial, notAfter
 * before notBefore, a critical unknown extension): producing such certificates on purpose is part of the job.
 * Empty lists mean "extension absent". Times are truncated to whole seconds, as certificates store them.
 *
 * @param subject                   the subject distinguished name, in the DER order it is to be encoded
 * @param publicKey                 the subject's public key
 * @param serialNumber              the serial number; empty to take the issuing CA's next one
 * @param notBefore                 start of validity
 * @param notAfter                  end of validity
 * @param keyUsage                  the keyUsage bits; empty for no keyUsage extension
 * @param keyUsageCritical          whether keyUsage is critical
 * @param extendedKeyUsage          the extendedKeyUsage purposes; empty for none
 * @param extendedKeyUsageCritical  whether extendedKeyUsage is critical
 * @param policies                  the certificatePolicies entries (non-critical); empty for none
 * @param basicConstraints          the basicConstraints extension, if any
 * @param subjectAltNames           the subjectAltName names (non-critical); empty for none
 * @param crlDistributionPoints     CRL distribution point URIs, one distribution point each; empty for none
 * @param ocspResponders            authorityInfoAccess id-ad-ocsp URIs; empty for none
 * @param caIssuers                 authorityInfoAccess id-ad-caIssuers URIs; empty for none
 * @param subjectKeyIdentifier      whether to add a subjectKeyIdentifier (SHA-1 of the subject public key bits)
 * @param authorityKeyIdentifier    whether to add an authorityKeyIdentifier (the issuer's key identifier)
 * @param ocspNoCheck               whether to add id-pkix-ocsp-nocheck (delegated OCSP responders)
 * @param additionalExtensions      further extensions, encoded as given, after all others
 * @param signatureAlgorithm        the JCA name of the issuer's signature algorithm, e.g. {@code SHA256withRSA}
 * @since 0.1.0
 */
public record CertificateSpec(
        X500Principal subject,
        PublicKey publicKey,
        Optional<BigInteger> serialNumber,
        Instant notBefore,
        Instant notAfter,
        Set<KeyUsageBit> keyUsage,
        boolean keyUsageCritical,
        List<KeyPurpose> extendedKeyUsage,
        boolean extendedKeyUsageCritical,
        List<CertificatePolicy> policies,
        Optional<BasicConstraintsSpec> basicConstraints,
        List<SubjectAltName> subjectAltNames,
        List<URI> crlDistributionPoints,
        List<URI> ocspResponders,
        List<URI> caIssuers,
        boolean subjectKeyIdentifier,
        boolean authorityKeyIdentifier,
        boolean ocspNoCheck,
        List<RawExtension> additionalExtensions,
        String signatureAlgorithm) {

    /** The signature algorithm of every test CA unless a specification says otherwise ({@code docs/card.md §6}). */
    public static final String DEFAULT_SIGNATURE_ALGORITHM = "SHA256withRSA";

    /**
     * Copies the collections, truncates the times to seconds and checks that they can be encoded.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a time is outside the years
     *                          1–9999 or the signature algorithm is blank
     */
    public CertificateSpec {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(serialNumber, "serialNumber");
        notBefore = Checks.encodableTime(notBefore, "notBefore");
        notAfter = Checks.encodableTime(notAfter, "notAfter");
        keyUsage = keyUsage.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyUsage));
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        policies = List.copyOf(policies);
        Objects.requireNonNull(basicConstraints, "basicConstraints");
        subjectAltNames = List.copyOf(subjectAltNames);
        crlDistributionPoints = List.copyOf(crlDistributionPoints);
        ocspResponders = List.copyOf(ocspResponders);
        caIssuers = List.copyOf(caIssuers);
        additionalExtensions = List.copyOf(additionalExtensions);
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        if (signatureAlgorithm.isBlank()) {
            throw TestPkiException.invalid("signature algorithm must not be blank");
        }
    }

    /**
     * Starts an empty builder: no extensions, {@value #DEFAULT_SIGNATURE_ALGORITHM}, key identifiers on.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this specification, to change some fields.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link CertificateSpec}. Subject, public key and validity must be set before {@link #build()}.
     * Not thread-safe.
     */
    public static final class Builder {
        private X500Principal subject;
        private PublicKey publicKey;
        private BigInteger serialNumber;
        private Instant notBefore;
        private Instant notAfter;
        private Set<KeyUsageBit> keyUsage = EnumSet.noneOf(KeyUsageBit.class);
        private boolean keyUsageCritical = true;
        private List<KeyPurpose> extendedKeyUsage = new ArrayList<>();
        private boolean extendedKeyUsageCritical;
        private List<CertificatePolicy> policies = new ArrayList<>();
        private BasicConstraintsSpec basicConstraints;
        private List<SubjectAltName> subjectAltNames = new ArrayList<>();
        private List<URI> crlDistributionPoints = new ArrayList<>();
        private List<URI> ocspResponders = new ArrayList<>();
        private List<URI> caIssuers = new ArrayList<>();
        private boolean subjectKeyIdentifier = true;
        private boolean authorityKeyIdentifier = true;
        private boolean ocspNoCheck;
        private List<RawExtension> additionalExtensions = new ArrayList<>();
        private String signatureAlgorithm = DEFAULT_SIGNATURE_ALGORITHM;

        private Builder() {}

        private Builder(CertificateSpec spec) {
            subject = spec.subject;
            publicKey = spec.publicKey;
            serialNumber = spec.serialNumber.orElse(null);
            notBefore = spec.notBefore;
            notAfter = spec.notAfter;
            keyUsage(spec.keyUsage, spec.keyUsageCritical);
            extendedKeyUsage = new ArrayList<>(spec.extendedKeyUsage);
            extendedKeyUsageCritical = spec.extendedKeyUsageCritical;
            policies = new ArrayList<>(spec.policies);
            basicConstraints = spec.basicConstraints.orElse(null);
            subjectAltNames = new ArrayList<>(spec.subjectAltNames);
            crlDistributionPoints = new ArrayList<>(spec.crlDistributionPoints);
            ocspResponders = new ArrayList<>(spec.ocspResponders);
            caIssuers = new ArrayList<>(spec.caIssuers);
            subjectKeyIdentifier = spec.subjectKeyIdentifier;
            authorityKeyIdentifier = spec.authorityKeyIdentifier;
            ocspNoCheck = spec.ocspNoCheck;
            additionalExtensions = new ArrayList<>(spec.additionalExtensions);
            signatureAlgorithm = spec.signatureAlgorithm;
        }

        /**
         * Sets the subject distinguished name.
         *
         * @param value the name, in encoding order
         * @return this builder
         */
        public Builder subject(X500Principal value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /**
         * Sets the subject public key, e.g. a 1024-bit key for a weak-key variant.
         *
         * @param value the key
         * @return this builder
         */
        public Builder publicKey(PublicKey value) {
            this.publicKey = Objects.requireNonNull(value, "publicKey");
            return this;
        }

        /**
         * Fixes the serial number instead of taking the CA's next one.
         *
         * @param value the serial number
         * @return this builder
         */
        public Builder serialNumber(BigInteger value) {
            this.serialNumber = Objects.requireNonNull(value, "serialNumber");
            return this;
        }

        /**
         * Sets the validity period, e.g. one that ended yesterday for an expired variant.
         *
         * @param from the notBefore time
         * @param to   the notAfter time
         * @return this builder
         */
        public Builder validity(Instant from, Instant to) {
            this.notBefore = Objects.requireNonNull(from, "notBefore");
            this.notAfter = Objects.requireNonNull(to, "notAfter");
            return this;
        }

        /**
         * Sets the keyUsage bits, critical.
         *
         * @param bits the bits; none for no keyUsage extension
         * @return this builder
         */
        public Builder keyUsage(KeyUsageBit... bits) {
            return keyUsage(Set.of(bits), true);
        }

        /**
         * Sets the keyUsage bits and criticality.
         *
         * @param bits     the bits; empty for no keyUsage extension
         * @param critical whether the extension is critical
         * @return this builder
         */
        public Builder keyUsage(Set<KeyUsageBit> bits, boolean critical) {
            this.keyUsage = bits.isEmpty() ? EnumSet.noneOf(KeyUsageBit.class) : EnumSet.copyOf(bits);
            this.keyUsageCritical = critical;
            return this;
        }

        /**
         * Sets the extendedKeyUsage purposes, non-critical.
         *
         * @param purposes the purposes; none for no extendedKeyUsage extension
         * @return this builder
         */
        public Builder extendedKeyUsage(KeyPurpose... purposes) {
            return extendedKeyUsage(List.of(purposes), false);
        }

        /**
         * Sets the extendedKeyUsage purposes and criticality.
         *
         * @param purposes the purposes; empty for no extendedKeyUsage extension
         * @param critical whether the extension is critical
         * @return this builder
         */
        public Builder extendedKeyUsage(List<KeyPurpose> purposes, boolean critical) {
            this.extendedKeyUsage = new ArrayList<>(purposes);
            this.extendedKeyUsageCritical = critical;
            return this;
        }

        /**
         * Replaces the certificatePolicies entries.
         *
         * @param values the entries in order; none for no certificatePolicies extension
         * @return this builder
         */
        public Builder policies(CertificatePolicy... values) {
            return policies(List.of(values));
        }

        /**
         * Replaces the certificatePolicies entries.
         *
         * @param values the entries in order; empty for no certificatePolicies extension
         * @return this builder
         */
        public Builder policies(List<CertificatePolicy> values) {
            this.policies = new ArrayList<>(values);
            return this;
        }

        /**
         * Sets the basicConstraints extension.
         *
         * @param value the constraints, or {@code Optional.empty()} for none
         * @return this builder
         */
        public Builder basicConstraints(Optional<BasicConstraintsSpec> value) {
            this.basicConstraints = value.orElse(null);
            return this;
        }

        /**
         * Replaces the subjectAltName names.
         *
         * @param names the names; none for no subjectAltName extension
         * @return this builder
         */
        public Builder subjectAltNames(SubjectAltName... names) {
            return subjectAltNames(List.of(names));
        }

        /**
         * Replaces the subjectAltName names.
         *
         * @param names the names; empty for no subjectAltName extension
         * @return this builder
         */
        public Builder subjectAltNames(List<SubjectAltName> names) {
            this.subjectAltNames = new ArrayList<>(names);
            return this;
        }

        /**
         * Replaces the CRL distribution points.
         *
         * @param uris one URI per distribution point; none for no extension
         * @return this builder
         */
        public Builder crlDistributionPoints(URI... uris) {
            this.crlDistributionPoints = new ArrayList<>(List.of(uris));
            return this;
        }

        /**
         * Replaces the OCSP responder URIs of authorityInfoAccess.
         *
         * @param uris the URIs; none for no id-ad-ocsp access description
         * @return this builder
         */
        public Builder ocspResponders(URI... uris) {
            this.ocspResponders = new ArrayList<>(List.of(uris));
            return this;
        }

        /**
         * Replaces the caIssuers URIs of authorityInfoAccess.
         *
         * @param uris the URIs; none for no id-ad-caIssuers access description
         * @return this builder
         */
        public Builder caIssuers(URI... uris) {
            this.caIssuers = new ArrayList<>(List.of(uris));
            return this;
        }

        /**
         * Says whether to add a subjectKeyIdentifier.
         *
         * @param value {@code true} to add it
         * @return this builder
         */
        public Builder subjectKeyIdentifier(boolean value) {
            this.subjectKeyIdentifier = value;
            return this;
        }

        /**
         * Says whether to add an authorityKeyIdentifier.
         *
         * @param value {@code true} to add it
         * @return this builder
         */
        public Builder authorityKeyIdentifier(boolean value) {
            this.authorityKeyIdentifier = value;
            return this;
        }

        /**
         * Says whether to add id-pkix-ocsp-nocheck.
         *
         * @param value {@code true} to add it
         * @return this builder
         */
        public Builder ocspNoCheck(boolean value) {
            this.ocspNoCheck = value;
            return this;
        }

        /**
         * Appends an extension encoded as given.
         *
         * @param extension the extension
         * @return this builder
         */
        public Builder addExtension(RawExtension extension) {
            this.additionalExtensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /**
         * Sets the issuer's signature algorithm, e.g. {@code SHA1withRSA} for a weak-algorithm variant.
         *
         * @param jcaName the JCA signature algorithm name
         * @return this builder
         */
        public Builder signatureAlgorithm(String jcaName) {
            this.signatureAlgorithm = Objects.requireNonNull(jcaName, "signatureAlgorithm");
            return this;
        }

        /**
         * Builds the specification.
         *
         * @return the specification
         * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if subject, key or validity is
         *                          missing, or a field is invalid
         */
        public CertificateSpec build() {
            require(subject, "subject");
            require(publicKey, "publicKey");
            require(notBefore, "notBefore");
            require(notAfter, "notAfter");
            return new CertificateSpec(
                    subject,
                    publicKey,
                    Optional.ofNullable(serialNumber),
                    notBefore,
                    notAfter,
                    keyUsage,
                    keyUsageCritical,
                    extendedKeyUsage,
                    extendedKeyUsageCritical,
                    policies,
                    Optional.ofNullable(basicConstraints),
                    subjectAltNames,
                    crlDistributionPoints,
                    ocspResponders,
                    caIssuers,
                    subjectKeyIdentifier,
                    authorityKeyIdentifier,
                    ocspNoCheck,
                    additionalExtensions,
                    signatureAlgorithm);
        }

        private static void require(Object value, String field) {
            if (value == null) {
                throw TestPkiException.invalid("certificate specification has no " + field);
            }
        }
    }
}
