package io.tscns.core.lifecycle;

import io.tscns.core.StableCode;

/**
 * The kind of a lifecycle event (<i>operazione sul ciclo di vita della carta</i>), without its details. A CMS stores
 * it in the card history (DM 20 giugno 2011, Allegato 2: "l'elenco cronologico delle operazioni eseguite"); the
 * full event with its details is a {@link CardEvent}.
 *
 * <p>{@link #SHIPMENT} is not in the list of the foundation issue: the table needs it to go from {@link
 * CardState#ISSUED} to {@link CardState#SHIPPED}, the two issuance states Sistema TS shows ("in corso di emissione",
 * "spedita"; {@code docs/cms.md §1.1}).
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CardEventType implements StableCode {

    /** The card is sent or handed to the holder (<i>spedizione</i>). */
    SHIPMENT(10, "shipment", "spedizione"),
    /** The secret codes are released at a counter (<i>attivazione</i>, "rilascio codici PIN e PUK"). */
    ACTIVATION(20, "activation", "attivazione"),
    /** The certificate is put on hold (<i>sospensione</i>). */
    SUSPENSION(30, "suspension", "sospensione"),
    /** The hold is released (<i>riattivazione</i>). */
    REACTIVATION(40, "reactivation", "riattivazione"),
    /** The certificate is revoked for a {@link RevocationCause} (<i>revoca</i>). */
    REVOCATION(50, "revocation", "revoca"),
    /** A duplicate or reissued card supersedes this one (<i>sostituzione</i>, "duplicato", "riemissione"). */
    REPLACEMENT(60, "replacement", "sostituzione"),
    /** The expiry date printed on the card has passed (<i>scadenza</i>). */
    EXPIRY(70, "expiry", "scadenza");

    private final Info info;

    CardEventType(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
