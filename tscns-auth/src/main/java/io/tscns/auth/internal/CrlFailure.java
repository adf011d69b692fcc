package io.tscns.auth.internal;

/**
 * A CRL refused for a reason other than its encoding. Internal: the public API translates it into its typed problem.
 */
public final class CrlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** The issuer's keyUsage lacks cRLSign. */
        ISSUER_CANNOT_SIGN_CRLS,
        /** The signature algorithm is not supported. */
        UNSUPPORTED_ALGORITHM,
        /** The inner and outer algorithms differ. */
        ALGORITHM_MISMATCH,
        /** The signature does not verify. */
        BAD_SIGNATURE,
        /** The CRL names another issuer. */
        WRONG_ISSUER,
        /** An unknown critical CRL extension. */
        UNKNOWN_CRITICAL_EXTENSION,
        /** An unknown critical entry extension. */
        UNKNOWN_CRITICAL_ENTRY_EXTENSION,
        /** A feature deliberately not supported. */
        UNSUPPORTED_FEATURE
    }

    private final Kind kind;
    private final String issuer;
    private final String detail;

    /**
     * Creates the failure.
     *
     * @param kind   why
     * @param issuer the expected issuer's name, where it matters
     * @param detail an OID, a name or a feature, depending on the kind
     */
    public CrlFailure(Kind kind, String issuer, String detail) {
        super(kind + ": " + detail, null, false, false);
        this.kind = kind;
        this.issuer = issuer;
        this.detail = detail;
    }

    /**
     * Returns why.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the expected issuer's name.
     *
     * @return the name, or empty
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the detail.
     *
     * @return an OID, a name or a feature
     */
    public String detail() {
        return detail;
    }
}
