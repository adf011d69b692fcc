package io.tscns.cms.protocol;

/**
 * A datum of an identification request that did not match the card ({@link IdentifyResult.Mismatch}).
 *
 * @since 0.1.0
 */
public enum IdentityField {
    /** The codice fiscale. */
    CODICE_FISCALE,
    /** The TEAM number. */
    TEAM_NUMBER,
    /** The card's expiry date. */
    EXPIRY_DATE
}
