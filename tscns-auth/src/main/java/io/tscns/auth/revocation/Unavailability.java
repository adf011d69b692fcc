package io.tscns.auth.revocation;

import io.tscns.core.Problem;
import java.time.Instant;

/**
 * Why a certificate's revocation status could not be established (<i>stato di revoca non disponibile</i>).
 *
 * @since 0.1.0
 */
public sealed interface Unavailability extends Problem {

    /**
     * No CRL or OCSP location is known for the certificate: it has no CRL distribution point or OCSP URL and none
     * was configured.
     *
     * @param source which kind of source
     */
    record NoLocation(String source) implements Unavailability {
        @Override
        public String describe() {
            return "no " + source + " location for the certificate";
        }
    }

    /**
     * Fetching the data failed (network error, HTTP error, timeout).
     *
     * @param location where
     * @param detail   what happened
     */
    record FetchFailed(String location, String detail) implements Unavailability {
        @Override
        public String describe() {
            return "fetching " + location + " failed: " + detail;
        }
    }

    /**
     * The data was received but refused: malformed, truncated, wrongly signed, from an unauthorised responder, with
     * a wrong nonce.
     *
     * @param source which kind of source
     * @param detail why it was refused
     */
    record InvalidData(String source, String detail) implements Unavailability {
        @Override
        public String describe() {
            return source + " data refused: " + detail;
        }
    }

    /**
     * The only data at hand is past its next update (beyond the freshness policy's grace): a stale CRL or OCSP
     * answer.
     *
     * @param source     which kind of source
     * @param nextUpdate when fresh data was due
     */
    record Stale(String source, Instant nextUpdate) implements Unavailability {
        @Override
        public String describe() {
            return source + " data is stale: its next update was due at " + nextUpdate;
        }
    }

    /** No revocation checker was configured: the validator did not check. */
    record NotChecked() implements Unavailability {
        @Override
        public String describe() {
            return "revocation checking is not configured";
        }
    }

    /**
     * The OCSP responder does not know the certificate.
     */
    record UnknownToResponder() implements Unavailability {
        @Override
        public String describe() {
            return "the OCSP responder does not know the certificate";
        }
    }
}
