package io.tscns.auth.validation;

import io.tscns.auth.identity.IdentityProblem;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.core.Problem;
import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One reason a CNS login certificate was refused (<i>motivo del rifiuto</i>). A verdict lists every reason found,
 * so that a certificate both expired and of the wrong policy says both.
 *
 * @since 0.1.0
 */
public sealed interface RejectionReason extends Problem {

    /** No certificate was presented. */
    record NoCertificate() implements RejectionReason {
        @Override
        public String describe() {
            return "no client certificate was presented";
        }
    }

    /**
     * A certificate was presented in a reverse-proxy header by an address that is not a configured proxy: anyone
     * could have set that header.
     *
     * @param address the sender's address
     */
    record UntrustedProxy(String address) implements RejectionReason {
        @Override
        public String describe() {
            return "a client certificate header came from " + address + ", which is not a trusted proxy";
        }
    }

    /**
     * The presented certificate could not be read.
     *
     * @param problem what was wrong with it
     */
    record UnreadableCertificate(io.tscns.auth.cert.CertificateProblem problem) implements RejectionReason {
        @Override
        public String describe() {
            return problem.describe();
        }
    }

    /**
     * The certificate expired.
     *
     * @param notAfter the end of its validity
     */
    record Expired(Instant notAfter) implements RejectionReason {
        @Override
        public String describe() {
            return "the certificate expired at " + notAfter;
        }
    }

    /**
     * The certificate is not valid yet.
     *
     * @param notBefore the start of its validity
     */
    record NotYetValid(Instant notBefore) implements RejectionReason {
        @Override
        public String describe() {
            return "the certificate is not valid before " + notBefore;
        }
    }

    /**
     * The certificate does not chain to a trusted CNS CA (an impostor CA with a trusted CA's name included).
     *
     * @param issuer the issuer the certificate names
     */
    record UntrustedIssuer(String issuer) implements RejectionReason {
        @Override
        public String describe() {
            return "the issuer " + issuer + " is not a trusted CNS CA";
        }
    }

    /** A signature in the chain does not verify: the certificate was altered, or forged under a trusted name. */
    record BadSignature() implements RejectionReason {
        @Override
        public String describe() {
            return "a certificate signature in the chain does not verify";
        }
    }

    /**
     * The chain is invalid for another reason the PKIX algorithm reports (a CA certificate expired, a path length
     * exceeded, an unrecognised critical extension).
     *
     * @param detail the PKIX reason
     */
    record InvalidChain(String detail) implements RejectionReason {
        @Override
        public String describe() {
            return "the certificate chain is invalid: " + detail;
        }
    }

    /**
     * The certificate asserts none of the accepted policies.
     *
     * @param policies the policy OIDs it asserts
     */
    record WrongPolicy(List<String> policies) implements RejectionReason {
        @Override
        public String describe() {
            return "the certificate asserts none of the accepted policies; it asserts " + policies;
        }
    }

    /**
     * The key usage does not fit an authentication certificate: digitalSignature missing, or nonRepudiation set
     * ({@code docs/cms.md §6.3}).
     *
     * @param detail which
     */
    record WrongKeyUsage(String detail) implements RejectionReason {
        @Override
        public String describe() {
            return "the key usage does not fit CNS authentication: " + detail;
        }
    }

    /**
     * The extended key usage lacks clientAuth. The JDK's PKIX validator does not check it.
     *
     * @param purposes the key purposes the certificate has (empty if the extension is absent)
     */
    record WrongExtendedKeyUsage(List<String> purposes) implements RejectionReason {
        @Override
        public String describe() {
            return "the extended key usage lacks clientAuth (1.3.6.1.5.5.7.3.2); it has " + purposes;
        }
    }

    /**
     * The certificate is revoked (or on hold).
     *
     * @param source         CRL or OCSP
     * @param revocationDate when
     * @param reason         why, if stated
     */
    record Revoked(RevocationStatus.Source source, Instant revocationDate, Optional<CRLReason> reason)
            implements RejectionReason {
        @Override
        public String describe() {
            return "the certificate was revoked at " + revocationDate
                    + reason.map(r -> " (" + r + ")").orElse("") + " according to the " + source;
        }
    }

    /**
     * Revocation status could not be established and the policy fails hard.
     *
     * @param cause why
     */
    record RevocationUnknown(Unavailability cause) implements RejectionReason {
        @Override
        public String describe() {
            return "revocation status unknown: " + cause.describe();
        }
    }

    /**
     * The certificate is trusted but carries no readable CNS identity.
     *
     * @param problem what is wrong with it
     */
    record NoIdentity(IdentityProblem problem) implements RejectionReason {
        @Override
        public String describe() {
            return problem.describe();
        }
    }
}
