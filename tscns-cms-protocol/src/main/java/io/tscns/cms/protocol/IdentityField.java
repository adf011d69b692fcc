package io.tscns.cms.protocol;

/** A datum of an identification request that did not match the card ({@link IdentifyResult.Mismatch}). */
public enum IdentityField {
    /** The codice fiscale. */
    CODICE_FISCALE,
    /** The TEAM number. */
    TEAM_NUMBER,
    /** The card's expiry date. */
    EXPIRY_DATE
}
