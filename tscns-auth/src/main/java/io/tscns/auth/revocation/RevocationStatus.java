package io.tscns.auth.revocation;

import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The revocation status of one certificate as a revocation source established it (<i>stato di revoca</i>): good,
 * revoked, or unknown with the reason it could not be established. Whether "unknown" rejects a login is the
 * validator's {@link FailMode}.
 *
 * @since 0.1.0
 */
public sealed interface RevocationStatus {

    /**
     * Not revoked according to fresh revocation data.
     *
     * @param source     where the answer came from
     * @param thisUpdate when the data was issued
     */
    record Good(Source source, Instant thisUpdate) implements RevocationStatus {
        /** Checks the components. */
        public Good {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(thisUpdate, "thisUpdate");
        }
    }

    /**
     * Revoked, or on hold.
     *
     * @param source         where the answer came from
     * @param revocationDate when it was revoked
     * @param reason         why, if stated
     */
    record Revoked(Source source, Instant revocationDate, Optional<CRLReason> reason) implements RevocationStatus {
        /** Checks the components. */
        public Revoked {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(revocationDate, "revocationDate");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The status could not be established.
     *
     * @param cause why
     */
    record Unknown(Unavailability cause) implements RevocationStatus {
        /** Checks the component. */
        public Unknown {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** Where a revocation answer came from. */
    enum Source {
        /** A certificate revocation list. */
        CRL,
        /** An OCSP responder. */
        OCSP
    }
}
