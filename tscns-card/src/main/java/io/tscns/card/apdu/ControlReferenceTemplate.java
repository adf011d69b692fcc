package io.tscns.card.apdu;

/**
 * The control reference template named in MANAGE SECURITY ENVIRONMENT SET (<i>modello di riferimento di
 * controllo</i>, ISO/IEC 7816-4 §7.5.11): which operation the next PSO or authentication uses the key for.
 *
 * @since 0.1.0
 */
public enum ControlReferenceTemplate {

    /** Digital signature template (DST, tag B6): for PSO COMPUTE DIGITAL SIGNATURE. */
    DIGITAL_SIGNATURE(0xB6),
    /** Confidentiality template (CT, tag B8): for PSO DECIPHER, which OpenSC also uses for raw-RSA signatures. */
    CONFIDENTIALITY(0xB8),
    /** Authentication template (AT, tag A4): for INTERNAL AUTHENTICATE. */
    AUTHENTICATION(0xA4);

    private final int tag;

    ControlReferenceTemplate(int tag) {
        this.tag = tag;
    }

    /**
     * Returns the template's tag, sent as P2 of MSE SET.
     *
     * @return B6, B8 or A4
     */
    public int tag() {
        return tag;
    }
}
