package io.tscns.core.lifecycle;

import io.tscns.core.StableCode;

/**
 * The state of a TS-CNS card in its lifecycle (<i>stato della carta</i>), as a Card Management System records it
 * (DM 20 giugno 2011, Allegato 2: "lo stato attuale della carta (attiva, revocata, ...)").
 *
 * <p>The states follow {@code docs/cms.md §3.1}. The authentication certificate is issued already valid
 * (Toscana manual v2.0 §9.1.4: "rilasciato in stato attivo"); {@link #ACTIVE} means that the secret codes have been
 * released, so the CNS function can be used. {@link #REVOKED}, {@link #EXPIRED} and {@link #REPLACED} are final: no
 * event leaves them.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CardState implements StableCode {

    /** Produced and personalised, not yet sent to the holder (<i>emessa</i>, "in corso di emissione"). */
    ISSUED(10, "issued", "emessa"),
    /** Sent or handed to the holder; usable as health card, TEAM and tax-code card, CNS codes not released. */
    SHIPPED(20, "shipped", "spedita"),
    /** Secret codes released at an activation counter (<i>attivata</i>): the CNS function is usable. */
    ACTIVE(30, "active", "attivata"),
    /** Certificate on hold after a suspected theft, loss or compromise (<i>sospesa</i>); DM 2011 only. */
    SUSPENDED(40, "suspended", "sospesa"),
    /** Certificate revoked for good (<i>revocata</i>). Final. */
    REVOKED(50, "revoked", "revocata"),
    /** Card and certificate past their expiry date (<i>scaduta</i>). Final; not a revocation. */
    EXPIRED(60, "expired", "scaduta"),
    /** Superseded by a duplicate or reissued card (<i>sostituita</i>); its certificate is revoked. Final. */
    REPLACED(70, "replaced", "sostituita");

    private final Info info;

    CardState(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }

    /**
     * Tells whether no event can leave this state under any policy.
     *
     * @return {@code true} for {@link #REVOKED}, {@link #EXPIRED} and {@link #REPLACED}
     */
    public boolean isFinal() {
        return this == REVOKED || this == EXPIRED || this == REPLACED;
    }
}
