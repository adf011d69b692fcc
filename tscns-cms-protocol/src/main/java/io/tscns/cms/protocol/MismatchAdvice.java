package io.tscns.cms.protocol;

/**
 * What the operator tells the holder after an identification mismatch (manual §10.1 step 5).
 *
 * @since 0.1.0
 */
public enum MismatchAdvice {
    /** Go to the competent counter, the <i>Scelta e Revoca</i> office, to analyse and fix the error. */
    SCELTA_E_REVOCA_OFFICE
}
