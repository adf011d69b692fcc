package io.tscns.auth.crl;

import io.tscns.core.Problem;

/**
 * Why a CRL (<i>lista dei certificati revocati</i>, RFC 5280 §5) was refused. Callers that branch on the failure
 * use these records; people read {@link #describe()}. No problem carries the CRL's content beyond object
 * identifiers, offsets and names of public CAs.
 *
 * @since 0.1.0
 */
public sealed interface CrlProblem extends Problem {

    /**
     * The input ends before the structure does: a truncated download or file.
     *
     * @param offset the byte offset where more input was needed
     * @param detail what was being read
     */
    record Truncated(long offset, String detail) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL is truncated: " + detail + " at byte " + offset;
        }
    }

    /**
     * The bytes break DER or the CRL syntax: a wrong tag, a malformed or indefinite length, a bad value, bytes after
     * the end.
     *
     * @param offset the byte offset of the fault
     * @param detail what was wrong
     */
    record Malformed(long offset, String detail) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL is malformed: " + detail + " at byte " + offset;
        }
    }

    /**
     * The CRL is larger than the configured {@link CrlLimits}.
     *
     * @param offset the byte offset where the limit was passed
     * @param detail which limit
     */
    record TooLarge(long offset, String detail) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL exceeds a limit: " + detail + " at byte " + offset;
        }
    }

    /**
     * The CRL is signed with an algorithm that is not supported.
     *
     * @param oid the AlgorithmIdentifier OID
     */
    record UnsupportedSignatureAlgorithm(String oid) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL is signed with unsupported algorithm " + oid;
        }
    }

    /**
     * The algorithm inside tbsCertList differs from the one outside (RFC 5280 §5.1.1.2).
     */
    record AlgorithmMismatch() implements CrlProblem {
        @Override
        public String describe() {
            return "CRL signature algorithm inside tbsCertList differs from signatureAlgorithm";
        }
    }

    /**
     * The signature does not verify with the issuer's key: the CRL was altered, or another key signed it.
     *
     * @param issuer the issuer whose key was used
     */
    record BadSignature(String issuer) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL signature does not verify with the key of " + issuer;
        }
    }

    /**
     * The CRL names another issuer than the CA it was loaded for.
     *
     * @param expected the CA's subject
     * @param found    the CRL's issuer
     */
    record WrongIssuer(String expected, String found) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL was issued by " + found + ", not by " + expected;
        }
    }

    /**
     * The issuer's certificate does not allow signing CRLs (keyUsage without cRLSign, RFC 5280 §4.2.1.3).
     *
     * @param issuer the CA
     */
    record IssuerCannotSignCrls(String issuer) implements CrlProblem {
        @Override
        public String describe() {
            return "the certificate of " + issuer + " has a keyUsage without cRLSign";
        }
    }

    /**
     * A critical extension this reader does not process (RFC 5280 §5.2, §5.3: the CRL must then be refused).
     *
     * @param oid     the extension OID
     * @param inEntry whether it is an entry extension rather than a CRL extension
     */
    record UnknownCriticalExtension(String oid, boolean inEntry) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL has unknown critical " + (inEntry ? "entry " : "") + "extension " + oid;
        }
    }

    /**
     * A feature this reader deliberately does not support: indirect CRLs, CRLs partitioned by reason, attribute
     * certificate CRLs.
     *
     * @param feature which
     */
    record UnsupportedFeature(String feature) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL uses an unsupported feature: " + feature;
        }
    }

    /**
     * A delta CRL does not fit the base CRL it was applied to (RFC 5280 §5.2.4).
     *
     * @param detail what does not fit
     */
    record DeltaMismatch(String detail) implements CrlProblem {
        @Override
        public String describe() {
            return "delta CRL does not apply: " + detail;
        }
    }

    /**
     * Reading the input failed.
     *
     * @param detail the I/O failure
     */
    record ReadFailed(String detail) implements CrlProblem {
        @Override
        public String describe() {
            return "CRL could not be read: " + detail;
        }
    }
}
