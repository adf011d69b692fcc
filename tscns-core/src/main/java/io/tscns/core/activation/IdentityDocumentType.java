package io.tscns.core.activation;

import io.tscns.core.StableCode;

/**
 * The kind of identity document shown at the counter (<i>tipo di documento di riconoscimento</i>): the documents
 * of DPR 445/2000 art. 35 c.2 as the Toscana manual v2.0 §8.1.2 lists them, plus any other recognition card with a
 * photograph and a stamp issued by a State administration.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IdentityDocumentType implements StableCode {

    /** Identity card, paper or electronic (<i>carta d'identità</i>). */
    IDENTITY_CARD(1, "identity-card", "carta d'identità"),
    /** Passport (<i>passaporto</i>). */
    PASSPORT(2, "passport", "passaporto"),
    /** Driving licence (<i>patente di guida</i>). */
    DRIVING_LICENCE(3, "driving-licence", "patente di guida"),
    /** Boat licence (<i>patente nautica</i>). */
    BOAT_LICENCE(4, "boat-licence", "patente nautica"),
    /** Pension booklet (<i>libretto di pensione</i>); it may carry no expiry date. */
    PENSION_BOOK(5, "pension-book", "libretto di pensione"),
    /** Heating-plant operator licence (<i>patentino di abilitazione alla conduzione di impianti termici</i>). */
    HEATING_PLANT_LICENCE(6, "heating-plant-licence", "patentino di abilitazione alla conduzione di impianti termici"),
    /** Firearms licence (<i>porto d'armi</i>). */
    FIREARMS_LICENCE(7, "firearms-licence", "porto d'armi"),
    /**
     * Any other recognition card with a photograph and a stamp issued by a State administration (<i>tessera di
     * riconoscimento munita di fotografia e di timbro rilasciata da un'Amministrazione dello Stato</i>).
     */
    OTHER_STATE_PHOTO_ID(
            8,
            "other-state-photo-id",
            "tessera di riconoscimento con fotografia e timbro rilasciata da un'Amministrazione dello Stato");

    private final Info info;

    IdentityDocumentType(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
