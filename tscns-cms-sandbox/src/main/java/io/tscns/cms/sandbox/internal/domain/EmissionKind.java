package io.tscns.cms.sandbox.internal.domain;

/** Who a first card is requested for (<i>richiesta di emissione</i>, DM 20 giugno 2011 Allegato 2 point 8). */
public enum EmissionKind {
    /** A newborn (<i>nuovo nato</i>). */
    NEWBORN,
    /** A person who moved into the region (<i>immigrato in Regione</i>). */
    IMMIGRANT
}
