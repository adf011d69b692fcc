package io.tscns.card.profile;

/**
 * How the card's authentication key signs (<i>modalità di firma</i>). Both give a PKCS#1 v1.5 signature over a
 * DigestInfo, which a server verifies with the certificate's public key ({@code SHA256withRSA} for
 * {@code authenticate}); they differ in who pads.
 *
 * @since 0.1.0
 */
public enum SigningMethod {

    /**
     * MSE SET with the confidentiality template, then PSO DECIPHER of a full-length PKCS#1 v1.5 type-1 block built
     * on the host: the raw RSA private-key operation OpenSC uses on every CNS ({@code docs/pcsc.md §5}). Works
     * whatever the card does about padding; a 2048-bit block needs extended length or command chaining.
     */
    RAW_RSA_DECIPHER,

    /**
     * MSE SET with the digital-signature template, then PSO COMPUTE DIGITAL SIGNATURE over the DigestInfo; the card
     * applies the type-1 padding itself (CIE specification p.70, {@code docs/card.md §4.3}).
     */
    PSO_COMPUTE_DIGITAL_SIGNATURE
}
