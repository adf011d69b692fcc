package io.tscns.cms.sandbox.internal.domain;

/**
 * Why a duplicate card is requested (<i>motivo della richiesta di duplicato</i>; Toscana manual v2.0 §10.5, the
 * Agenzia delle Entrate reasons in {@code docs/cms.md §3.2}). Loss and theft revoke an activated card for
 * compromise; the other reasons replace it.
 */
public enum ReissueReason {
    /** Loss (<i>smarrimento</i>). */
    LOST,
    /** Theft (<i>furto</i>). */
    STOLEN,
    /** Deterioration or malfunction (<i>deterioramento</i>). */
    DAMAGED,
    /** The card never arrived (<i>mancato recapito</i>). */
    NOT_DELIVERED,
    /** Technical replacement (<i>sostituzione tecnica</i>). */
    TECHNICAL_REPLACEMENT;

    /**
     * Tells whether the card may be in other hands, so that it is revoked rather than replaced.
     *
     * @return {@code true} for loss and theft
     */
    public boolean compromises() {
        return this == LOST || this == STOLEN;
    }
}
