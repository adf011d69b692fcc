package io.tscns.core.secret;

/**
 * The three secret codes released to the holder of a TS-CNS card ({@code docs/cms.md §2}).
 *
 * <ul>
 *   <li>{@link #PIN} — <i>codice PIN</i> (Personal Identification Number): unlocks the card's private key; the card
 *       checks it with VERIFY.</li>
 *   <li>{@link #PUK} — <i>codice PUK</i> (Personal Unblocking Key): unblocks the card after three wrong PINs and sets
 *       a new PIN (RESET RETRY COUNTER).</li>
 *   <li>{@link #CIP} — <i>Codice Identificativo Personale</i>, also called <i>codice utente</i>: never sent to the
 *       card; the holder gives it to the issuer (counter, call centre) to ask for revocation (Tuscany operating
 *       manual v2.0, §3.2.10).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum CodeKind {

    /** The <i>codice PIN</i>. */
    PIN("PIN", "codice PIN"),

    /** The <i>codice PUK</i>. */
    PUK("PUK", "codice PUK"),

    /** The <i>Codice Identificativo Personale</i>. */
    CIP("CIP", "Codice Identificativo Personale");

    private final String label;
    private final String italianTerm;

    CodeKind(String label, String italianTerm) {
        this.label = label;
        this.italianTerm = italianTerm;
    }

    /**
     * Returns the short name used in messages ("PIN", "PUK", "CIP").
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the official Italian term.
     *
     * @return the Italian term, e.g. "Codice Identificativo Personale"
     */
    public String italianTerm() {
        return italianTerm;
    }
}
