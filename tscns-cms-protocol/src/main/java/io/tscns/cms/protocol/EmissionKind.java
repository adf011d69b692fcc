package io.tscns.cms.protocol;

/**
 * Who an emission request is for (<i>richiesta di emissione</i>, DM 2011 Allegato 2 point 8).
 *
 * @since 0.1.0
 */
public enum EmissionKind {
    /** A newborn (<i>nuovo nato</i>). */
    NEWBORN,
    /** A person who moved into the region (<i>immigrato in Regione</i>). */
    IMMIGRANT
}
