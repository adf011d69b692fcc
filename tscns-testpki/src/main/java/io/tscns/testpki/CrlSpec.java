package io.tscns.testpki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test CA puts in a CRL it signs (<i>specifica della lista di revoca</i>, RFC 5280 §5): a v2 CRL with
 * thisUpdate, optional nextUpdate, the entries, and the cRLNumber, authorityKeyIdentifier and (for a delta CRL)
 * critical deltaCRLIndicator extensions.
 *
 * <p>The entries are an {@link Iterable} so that a million of them never need to exist at once: the writer
 * iterates them <strong>twice</strong> (once to size the DER, once to write it), and both passes must yield the same
 * entries in the same order, or the write fails with {@link TestPkiException.Reason#INCONSISTENT_SOURCE}.
 *
 * @param crlNumber              the cRLNumber (non-negative)
 * @param thisUpdate             when the CRL was issued; in the past with a past nextUpdate for a stale CRL
 * @param nextUpdate             when the next CRL is due, if stated
 * @param deltaBaseCrlNumber     for a delta CRL, the cRLNumber of its base CRL
 * @param authorityKeyIdentifier whether to add the authorityKeyIdentifier extension
 * @param entries                the revoked certificates, in the order to encode them
 * @param signatureAlgorithm     the JCA name of an RSA signature algorithm, e.g. {@code SHA256withRSA}
 * @since 0.1.0
 */
public record CrlSpec(
        BigInteger crlNumber,
        Instant thisUpdate,
        Optional<Instant> nextUpdate,
        Optional<BigInteger> deltaBaseCrlNumber,
        boolean authorityKeyIdentifier,
        Iterable<RevokedCertificate> entries,
        String signatureAlgorithm) {

    /**
     * Truncates the times and checks the numbers.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a CRL number is negative or a
     *                          time cannot be encoded
     */
    public CrlSpec {
        requireCrlNumber(crlNumber, "crlNumber");
        thisUpdate = Checks.encodableTime(thisUpdate, "thisUpdate");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        nextUpdate = nextUpdate.map(t -> Checks.encodableTime(t, "nextUpdate"));
        Objects.requireNonNull(deltaBaseCrlNumber, "deltaBaseCrlNumber");
        deltaBaseCrlNumber.ifPresent(base -> requireCrlNumber(base, "deltaBaseCrlNumber"));
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    private static void requireCrlNumber(BigInteger number, String field) {
        Objects.requireNonNull(number, field);
        if (number.signum() < 0) {
            throw TestPkiException.invalid(field + " must not be negative, found " + number);
        }
    }

    /**
     * Starts a builder with no entries, no nextUpdate, an authorityKeyIdentifier and
     * {@value CertificateSpec#DEFAULT_SIGNATURE_ALGORITHM}.
     *
     * @param crlNumber  the cRLNumber
     * @param thisUpdate the issue time
     * @return a builder
     */
    public static Builder builder(BigInteger crlNumber, Instant thisUpdate) {
        return new Builder(crlNumber, thisUpdate);
    }

    /**
     * Tells whether this is a delta CRL.
     *
     * @return {@code true} if a base CRL number is set
     */
    public boolean isDelta() {
        return deltaBaseCrlNumber.isPresent();
    }

    /** Builds a {@link CrlSpec}. Not thread-safe. */
    public static final class Builder {
        private BigInteger crlNumber;
        private Instant thisUpdate;
        private Instant nextUpdate;
        private BigInteger deltaBase;
        private boolean authorityKeyIdentifier = true;
        private Iterable<RevokedCertificate> entries = List.of();
        private String signatureAlgorithm = CertificateSpec.DEFAULT_SIGNATURE_ALGORITHM;

        private Builder(BigInteger crlNumber, Instant thisUpdate) {
            this.crlNumber = Objects.requireNonNull(crlNumber, "crlNumber");
            this.thisUpdate = Objects.requireNonNull(thisUpdate, "thisUpdate");
        }

        /**
         * Sets the cRLNumber.
         *
         * @param value the number
         * @return this builder
         */
        public Builder crlNumber(BigInteger value) {
            this.crlNumber = Objects.requireNonNull(value, "crlNumber");
            return this;
        }

        /**
         * Sets thisUpdate and nextUpdate; both in the past gives a stale CRL.
         *
         * @param issued the thisUpdate
         * @param next   the nextUpdate, or {@code null} for none
         * @return this builder
         */
        public Builder updates(Instant issued, Instant next) {
            this.thisUpdate = Objects.requireNonNull(issued, "thisUpdate");
            this.nextUpdate = next;
            return this;
        }

        /**
         * Makes this a delta CRL of the given base.
         *
         * @param baseCrlNumber the base CRL's cRLNumber
         * @return this builder
         */
        public Builder deltaOf(BigInteger baseCrlNumber) {
            this.deltaBase = Objects.requireNonNull(baseCrlNumber, "baseCrlNumber");
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
         * Sets the entries.
         *
         * @param value the entries; iterated twice when the CRL is written
         * @return this builder
         */
        public Builder entries(Iterable<RevokedCertificate> value) {
            this.entries = Objects.requireNonNull(value, "entries");
            return this;
        }

        /**
         * Sets the RSA signature algorithm.
         *
         * @param jcaName the JCA name
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
        public CrlSpec build() {
            return new CrlSpec(
                    crlNumber,
                    thisUpdate,
                    Optional.ofNullable(nextUpdate),
                    Optional.ofNullable(deltaBase),
                    authorityKeyIdentifier,
                    entries,
                    signatureAlgorithm);
        }
    }
}
