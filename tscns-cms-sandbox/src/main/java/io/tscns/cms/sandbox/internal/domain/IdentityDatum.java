package io.tscns.cms.sandbox.internal.domain;

/**
 * A datum printed on the card that the operator types in and the CMS compares with its record (<i>dato di
 * riconoscimento</i>, Toscana manual v2.0 §10.1 step 4): at identification and again in the activation request.
 */
public enum IdentityDatum {
    /** The holder's codice fiscale. */
    CODICE_FISCALE,
    /** The card's expiry date. */
    EXPIRY_DATE
}
