package io.tscns.auth.cert;

import io.tscns.core.Problem;

/**
 * Why bytes were not accepted as an X.509 certificate (<i>certificato</i>). People read {@link #describe()}; code
 * branches on the record type.
 *
 * @since 0.1.0
 */
public sealed interface CertificateProblem extends Problem {

    /**
     * The input is larger than any certificate accepted.
     *
     * @param size  the size found
     * @param limit the limit
     */
    record TooLarge(long size, int limit) implements CertificateProblem {
        @Override
        public String describe() {
            return "certificate of " + size + " bytes exceeds the limit of " + limit;
        }
    }

    /**
     * The input ends inside the certificate.
     *
     * @param offset where more input was needed
     */
    record Truncated(long offset) implements CertificateProblem {
        @Override
        public String describe() {
            return "certificate is truncated at byte " + offset;
        }
    }

    /**
     * The bytes are not one strict DER element: BER indefinite lengths, non-minimal lengths, wrong nesting, or
     * bytes after the certificate (which the JDK's own parser ignores).
     *
     * @param offset where
     * @param detail what
     */
    record NotDer(long offset, String detail) implements CertificateProblem {
        @Override
        public String describe() {
            return "certificate is not strict DER: " + detail + " at byte " + offset;
        }
    }

    /**
     * Text given as PEM is not a PEM certificate.
     *
     * @param detail what was wrong
     */
    record NotPem(String detail) implements CertificateProblem {
        @Override
        public String describe() {
            return "not a PEM certificate: " + detail;
        }
    }

    /**
     * The DER is well formed but is not a valid X.509 certificate.
     *
     * @param detail what the X.509 decoder reported
     */
    record NotX509(String detail) implements CertificateProblem {
        @Override
        public String describe() {
            return "not an X.509 certificate: " + detail;
        }
    }
}
