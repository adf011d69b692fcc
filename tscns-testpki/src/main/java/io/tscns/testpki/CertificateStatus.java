package io.tscns.testpki;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The revocation status of one certificate (<i>stato del certificato</i>) as a test CA knows it and as its OCSP
 * responder reports it (RFC 6960 §4.2.1: good, revoked, unknown).
 *
 * @since 0.1.0
 */
public sealed interface CertificateStatus {

    /** The CA issued the certificate and has not revoked it. */
    record Good() implements CertificateStatus {}

    /**
     * The CA revoked the certificate.
     *
     * @param revocationTime when, truncated to seconds
     * @param reason         why, if recorded
     */
    record Revoked(Instant revocationTime, Optional<CrlReason> reason) implements CertificateStatus {
        /** Truncates the time to seconds. */
        public Revoked {
            revocationTime =
                    Objects.requireNonNull(revocationTime, "revocationTime").truncatedTo(ChronoUnit.SECONDS);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The CA never issued a certificate with this serial number, or the request named another issuer. */
    record Unknown() implements CertificateStatus {}
}
