package io.tscns.auth.trust;

import io.tscns.auth.cert.CertificateProblem;
import io.tscns.core.Problem;
import java.time.Instant;

/**
 * Why trust anchors or a trusted list (<i>lista di fiducia</i>, ETSI TS 119 612) could not be loaded. People read
 * {@link #describe()}; code branches on the record type.
 *
 * @since 0.1.0
 */
public sealed interface TrustProblem extends Problem {

    /**
     * A file or key store could not be read.
     *
     * @param source what was being read
     * @param detail the failure
     */
    record Unreadable(String source, String detail) implements TrustProblem {
        @Override
        public String describe() {
            return "cannot read " + source + ": " + detail;
        }
    }

    /**
     * A certificate in a source is not a valid certificate.
     *
     * @param source  where it was
     * @param problem what was wrong with it
     */
    record BadCertificate(String source, CertificateProblem problem) implements TrustProblem {
        @Override
        public String describe() {
            return source + ": " + problem.describe();
        }
    }

    /**
     * An anchor is not a CA certificate (basicConstraints cA absent or false).
     *
     * @param subject the certificate's subject
     */
    record NotACa(String subject) implements TrustProblem {
        @Override
        public String describe() {
            return "trust anchor " + subject + " is not a CA certificate";
        }
    }

    /**
     * No anchor was found.
     *
     * @param source where none was found
     */
    record NoAnchors(String source) implements TrustProblem {
        @Override
        public String describe() {
            return "no trust anchor found in " + source;
        }
    }

    /**
     * The trusted list is not well-formed XML, or is XML a safe parser refuses (a DOCTYPE, external entities).
     *
     * @param detail the parser's complaint
     */
    record NotXml(String detail) implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list is not acceptable XML: " + detail;
        }
    }

    /** The trusted list carries no enveloped signature. */
    record Unsigned() implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list has no signature";
        }
    }

    /**
     * The trusted list's signature does not verify, or does not cover the whole list.
     *
     * @param detail which check failed
     */
    record BadSignature(String detail) implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list signature is invalid: " + detail;
        }
    }

    /**
     * The trusted list is signed, but not by one of the configured list signers.
     *
     * @param signer the subject of the certificate it carries, or a note that it carries none
     */
    record UntrustedSigner(String signer) implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list is signed by " + signer + ", which is not a configured trusted-list signer";
        }
    }

    /**
     * A required element is missing or holds an invalid value.
     *
     * @param element the element's local name
     * @param detail  what is wrong
     */
    record BadElement(String element, String detail) implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list element " + element + ": " + detail;
        }
    }

    /**
     * The trusted list's next update is past (beyond the configured grace).
     *
     * @param nextUpdate when the list should have been replaced
     */
    record Expired(Instant nextUpdate) implements TrustProblem {
        @Override
        public String describe() {
            return "trusted list expired: its next update was due at " + nextUpdate;
        }
    }
}
