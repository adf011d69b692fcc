package io.tscns.core.consent;

import io.tscns.core.StableCode;

/**
 * A kind of choice a citizen makes about the Fascicolo Sanitario Elettronico (<i>consenso FSE</i>).
 *
 * <h2>The "3 consensi" of the Toscana manual</h2>
 * The Toscana manual v2.0 §10.4 (2018) has the counter record "i 3 consensi relativi al Fascicolo Sanitario
 * Elettronico" without naming them. Under the consent regime of the time the national rules name two: feeding and
 * consultation (DPCM 178/2015 art. 6; {@code docs/cms.md §5.1}). The third is taken here to be the consent to load
 * data produced before the FSE was opened, the <i>pregresso</i>: the 2010 Tuscan launch material says that only
 * services from the moment of consent entered the record, and DPCM 178/2015 says the FSE may also hold past health
 * data. <strong>That reading is an inference</strong>: no source names the third consent, and no national third
 * consent was found ({@code docs/cms.md}, "Not found" 10).
 *
 * <p>After DL 34/2020 the feeding consent and the consent to the <i>pregresso</i> are gone; the <i>pregresso</i>
 * is loaded unless the citizen objects ({@link #PAST_DATA_OBJECTION}). Which kinds each regime collects is
 * {@link FseRegime#rule(ConsentKind)}.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ConsentKind implements StableCode {

    /** Consent to feed the FSE with the citizen's documents (<i>consenso all'alimentazione</i>); before 19 May 2020. */
    FEEDING(1, "feeding", "consenso all'alimentazione"),
    /** Consent to let health professionals consult the FSE (<i>consenso alla consultazione</i>); every regime. */
    CONSULTATION(2, "consultation", "consenso alla consultazione"),
    /** Consent to load data from before the FSE was opened (<i>consenso al pregresso</i>); before 19 May 2020. */
    PAST_DATA_INCLUSION(3, "past-data-inclusion", "consenso al pregresso"),
    /**
     * Objection to loading data produced up to 18 May 2020 (<i>opposizione al pregresso</i>); from 19 May 2020. Given
     * means the objection is raised, withdrawn means it is lifted. Documents already in the FSE under a feeding
     * consent are not affected (Veneto FSE, "Opposizione al pregresso").
     */
    PAST_DATA_OBJECTION(4, "past-data-objection", "opposizione al pregresso");

    private final Info info;

    ConsentKind(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
