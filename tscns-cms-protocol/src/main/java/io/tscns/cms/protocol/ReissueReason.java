package io.tscns.cms.protocol;

/**
 * Why a duplicate card is requested (<i>motivo della richiesta di duplicato</i>; manual §10.5, the Agenzia delle
 * Entrate reasons in {@code docs/cms.md §3.2}).
 *
 * @since 0.1.0
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
    TECHNICAL_REPLACEMENT
}
