package io.tscns.testpki;

/**
 * The reason a certificate was revoked (<i>motivo della revoca</i>), as the CRLReason of RFC 5280 §5.3.1 encodes
 * it in a CRL entry's reasonCode extension and in an OCSP revokedInfo. Code 7 is unused by the standard.
 *
 * <p>For CNS cards, a duplicate (re-issue) supersedes the old card's certificate ({@link #SUPERSEDED}); a holder's
 * revocation with the CIP or the end of the card's use is {@link #CESSATION_OF_OPERATION}; a lost or stolen card
 * is {@link #KEY_COMPROMISE}; a suspension is {@link #CERTIFICATE_HOLD} (an inference from the lifecycle in
 * {@code docs/cms.md}, not a documented mapping).
 *
 * @since 0.1.0
 */
public enum CrlReason {
    /** 0: unspecified. RFC 5280 advises omitting the reasonCode extension instead of using it. */
    UNSPECIFIED(0),
    /** 1: keyCompromise. */
    KEY_COMPROMISE(1),
    /** 2: cACompromise. */
    CA_COMPROMISE(2),
    /** 3: affiliationChanged. */
    AFFILIATION_CHANGED(3),
    /** 4: superseded. */
    SUPERSEDED(4),
    /** 5: cessationOfOperation. */
    CESSATION_OF_OPERATION(5),
    /** 6: certificateHold (suspension). */
    CERTIFICATE_HOLD(6),
    /** 8: removeFromCRL, only in delta CRLs, for a certificate released from hold. */
    REMOVE_FROM_CRL(8),
    /** 9: privilegeWithdrawn. */
    PRIVILEGE_WITHDRAWN(9),
    /** 10: aACompromise. */
    AA_COMPROMISE(10);

    private final int code;

    CrlReason(int code) {
        this.code = code;
    }

    /**
     * Returns the ENUMERATED value that encodes this reason.
     *
     * @return the RFC 5280 code
     */
    public int code() {
        return code;
    }

    /**
     * Returns the reason for an RFC 5280 code.
     *
     * @param code the ENUMERATED value
     * @return the reason
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} for 7 or a value outside 0–10
     */
    public static CrlReason fromCode(int code) {
        for (CrlReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        throw TestPkiException.invalid("CRL reason code must be 0-6 or 8-10, found " + code);
    }
}
