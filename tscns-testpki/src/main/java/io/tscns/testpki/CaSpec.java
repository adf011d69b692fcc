package io.tscns.testpki;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * How to create a {@link TestCa} (<i>specifica dell'autorità di certificazione di prova</i>): its name and key, the
 * validity and constraints of its own certificate, and what it writes into the certificates it issues — its CP OID
 * with CPS URI, its CRL distribution point and OCSP URLs — plus its clock and serial-number source.
 *
 * <p>The key pair's private half is never shown by {@link #toString()} ({@link KeyPair} does not print keys).
 *
 * @param subject                the CA's name
 * @param keyPair                the CA's RSA key pair
 * @param notBefore              start of the CA certificate's validity
 * @param notAfter               end of the CA certificate's validity
 * @param pathLengthLimit        the pathLenConstraint of the CA certificate, if any
 * @param issuingPolicy          the CA's own policy (CP OID and CPS URI) written into the certificates it issues
 * @param ownCertificatePolicies the policies asserted by the CA's own certificate (anyPolicy by default)
 * @param crlUrl                 the CRL distribution point written into the certificates it issues, if any
 * @param ocspUrl                the OCSP responder URL written into the certificates it issues, if any
 * @param serials                where unspecified serial numbers come from
 * @param clock                  the CA's notion of now: issue times, CRL thisUpdate, OCSP producedAt
 * @param signatureAlgorithm     the JCA name of the CA's signature algorithm
 * @since 0.1.0
 */
public record CaSpec(
        X500Principal subject,
        KeyPair keyPair,
        Instant notBefore,
        Instant notAfter,
        Optional<Integer> pathLengthLimit,
        Optional<CertificatePolicy> issuingPolicy,
        List<CertificatePolicy> ownCertificatePolicies,
        Optional<URI> crlUrl,
        Optional<URI> ocspUrl,
        SerialNumberSource serials,
        Clock clock,
        String signatureAlgorithm) {

    /** The OU of every Italian citizen CA seen ({@code docs/card.md §6}). */
    public static final String CITIZEN_CA_UNIT = "Servizi di Certificazione";

    /**
     * Checks and copies the fields.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a time cannot be encoded or the
     *                          path length is negative
     */
    public CaSpec {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(keyPair, "keyPair");
        notBefore = Checks.encodableTime(notBefore, "notBefore");
        notAfter = Checks.encodableTime(notAfter, "notAfter");
        Objects.requireNonNull(pathLengthLimit, "pathLengthLimit");
        pathLengthLimit.ifPresent(limit -> {
            if (limit < 0) {
                throw TestPkiException.invalid("pathLenConstraint must not be negative, found " + limit);
            }
        });
        Objects.requireNonNull(issuingPolicy, "issuingPolicy");
        ownCertificatePolicies = List.copyOf(ownCertificatePolicies);
        Objects.requireNonNull(crlUrl, "crlUrl");
        Objects.requireNonNull(ocspUrl, "ocspUrl");
        Objects.requireNonNull(serials, "serials");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    /**
     * Returns a CA name in the pattern of the Italian citizen CAs ({@code docs/card.md §6}):
     * {@code CN=<common name>, OU=Servizi di Certificazione, O=<organisation>, C=IT}.
     *
     * @param commonName   e.g. {@code Regione Toscana - CA Cittadini}
     * @param organization the CA company, e.g. {@code tscns Test CA}
     * @return the name
     */
    public static X500Principal citizenCaName(String commonName, String organization) {
        Checks.requireText(commonName, "commonName");
        Checks.requireText(organization, "organization");
        return Checks.principal(new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.OU, CITIZEN_CA_UNIT)
                .addRDN(BCStyle.CN, commonName));
    }

    /**
     * Starts a builder. Defaults: the system UTC clock; validity from ten years before now to twenty years after
     * (so that backdated and expired test certificates still nest inside it); anyPolicy in the CA's own
     * certificate; no issuing policy, CRL or OCSP URL; 16-byte serials seeded from the name; SHA256withRSA.
     *
     * @param subject the CA's name
     * @param keyPair the CA's RSA key pair
     * @return a builder
     */
    public static Builder builder(X500Principal subject, KeyPair keyPair) {
        return new Builder(subject, keyPair);
    }

    /** Builds a {@link CaSpec}. Not thread-safe. */
    public static final class Builder {
        private final X500Principal subject;
        private final KeyPair keyPair;
        private Clock clock = Clock.systemUTC();
        private Instant notBefore;
        private Instant notAfter;
        private Integer pathLengthLimit;
        private CertificatePolicy issuingPolicy;
        private List<CertificatePolicy> ownCertificatePolicies = List.of(CertificatePolicy.anyPolicy());
        private URI crlUrl;
        private URI ocspUrl;
        private SerialNumberSource serials;
        private String signatureAlgorithm = CertificateSpec.DEFAULT_SIGNATURE_ALGORITHM;

        private Builder(X500Principal subject, KeyPair keyPair) {
            this.subject = Objects.requireNonNull(subject, "subject");
            this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the validity of the CA's certificate.
         *
         * @param from notBefore
         * @param to   notAfter
         * @return this builder
         */
        public Builder validity(Instant from, Instant to) {
            this.notBefore = Objects.requireNonNull(from, "notBefore");
            this.notAfter = Objects.requireNonNull(to, "notAfter");
            return this;
        }

        /**
         * Sets the pathLenConstraint.
         *
         * @param value the limit
         * @return this builder
         */
        public Builder pathLengthLimit(int value) {
            this.pathLengthLimit = value;
            return this;
        }

        /**
         * Sets the CA's own policy, written into the certificates it issues.
         *
         * @param value the policy, normally with its CPS URI
         * @return this builder
         */
        public Builder issuingPolicy(CertificatePolicy value) {
            this.issuingPolicy = Objects.requireNonNull(value, "issuingPolicy");
            return this;
        }

        /**
         * Sets the policies asserted by the CA's own certificate.
         *
         * @param values the policies; none for no certificatePolicies extension
         * @return this builder
         */
        public Builder ownCertificatePolicies(CertificatePolicy... values) {
            this.ownCertificatePolicies = Arrays.asList(values.clone());
            return this;
        }

        /**
         * Sets the CRL distribution point of the certificates it issues.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder crlUrl(URI value) {
            this.crlUrl = Objects.requireNonNull(value, "crlUrl");
            return this;
        }

        /**
         * Sets the OCSP responder URL of the certificates it issues.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder ocspUrl(URI value) {
            this.ocspUrl = Objects.requireNonNull(value, "ocspUrl");
            return this;
        }

        /**
         * Sets the serial-number source.
         *
         * @param value the source
         * @return this builder
         */
        public Builder serials(SerialNumberSource value) {
            this.serials = Objects.requireNonNull(value, "serials");
            return this;
        }

        /**
         * Sets the signature algorithm.
         *
         * @param jcaName the JCA name of an RSA signature algorithm
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
         * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a field is invalid
         */
        public CaSpec build() {
            ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
            return new CaSpec(
                    subject,
                    keyPair,
                    notBefore != null ? notBefore : now.minusYears(10).toInstant(),
                    notAfter != null ? notAfter : now.plusYears(20).toInstant(),
                    Optional.ofNullable(pathLengthLimit),
                    Optional.ofNullable(issuingPolicy),
                    ownCertificatePolicies,
                    Optional.ofNullable(crlUrl),
                    Optional.ofNullable(ocspUrl),
                    serials != null ? serials : SerialNumberSource.random(Arrays.hashCode(subject.getEncoded())),
                    clock,
                    signatureAlgorithm);
        }
    }
}
