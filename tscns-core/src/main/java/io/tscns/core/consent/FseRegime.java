package io.tscns.core.consent;

import io.tscns.core.StableCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal regime of FSE consents in force on a date (<i>regime normativo del consenso al Fascicolo Sanitario
 * Elettronico</i>), and what it requires or allows for each {@link ConsentKind}. A {@link ConsentRecord} carries
 * the regime it was collected under, because forms and their meaning changed over time ({@code docs/cms.md §5.3}).
 *
 * <table>
 *   <caption>Rules per regime</caption>
 *   <tr><th>kind</th><th>{@link #CONSENT_BASED}</th><th>{@link #DL_34_2020}</th><th>{@link #FSE_2_0}</th></tr>
 *   <tr><td>feeding</td><td>opt-in</td><td>not collected</td><td>not collected</td></tr>
 *   <tr><td>consultation</td><td>opt-in</td><td>opt-in</td><td>opt-in</td></tr>
 *   <tr><td>past data, inclusion</td><td>opt-in</td><td>not collected</td><td>not collected</td></tr>
 *   <tr><td>past data, objection</td><td>not collected</td><td>opt-out</td><td>opt-out</td></tr>
 * </table>
 *
 * <p>Dates are civil dates in Italy: the boundaries are midnight in {@link #LEGAL_TIME_ZONE}.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FseRegime implements StableCode {

    /**
     * Until 18 May 2020: the FSE may be fed only with the citizen's free and informed consent (DL 179/2012
     * art. 12 c.3-bis); a further, separate consent is needed for consultation (DPCM 178/2015 art. 6); the consent
     * to the <i>pregresso</i> is the Tuscan third consent (an inference; see {@link ConsentKind}).
     */
    CONSENT_BASED(
            1,
            "consent-based",
            "FSE alimentato con il consenso (DL 179/2012 art. 12 c.3-bis, DPCM 178/2015)",
            null,
            ConsentRule.OPT_IN,
            ConsentRule.OPT_IN,
            ConsentRule.OPT_IN,
            ConsentRule.NOT_COLLECTED),

    /**
     * From 19 May 2020, the day DL 34/2020 ("Decreto Rilancio") came into force: art. 11 repealed art. 12 c.3-bis,
     * so the FSE is fed for every assisted person without consent, and a feeding consent can be neither given nor
     * withdrawn; consultation still needs consent; data produced up to 18 May 2020 are loaded unless the citizen
     * objects ({@code docs/cms.md §5.2}).
     */
    DL_34_2020(
            2,
            "dl-34-2020",
            "DL 19 maggio 2020 n. 34, art. 11",
            LocalDate.of(2020, 5, 19),
            ConsentRule.NOT_COLLECTED,
            ConsentRule.OPT_IN,
            ConsentRule.NOT_COLLECTED,
            ConsentRule.OPT_OUT),

    /**
     * FSE 2.0, DM Salute 7 settembre 2023 (GU n. 249 of 24 October 2023), which replaces DPCM 178/2015. The three
     * kinds keep the rules of DL 34/2020; art. 27 organises the objection to the <i>pregresso</i> (up to
     * 18 May 2020) within thirty days of an information campaign. The regime is kept apart because the information
     * notice and the consultation rules (e.g. emergency access to the patient summary) changed with it.
     * <strong>The start date is an inference</strong>: the decree's own entry-into-force clause could not be read,
     * so the ordinary rule applies, the fifteenth day after publication (disposizioni preliminari al codice civile,
     * art. 10): 8 November 2023.
     */
    FSE_2_0(
            3,
            "fse-2.0",
            "Fascicolo Sanitario Elettronico 2.0 (DM 7 settembre 2023)",
            LocalDate.of(2023, 11, 8),
            ConsentRule.NOT_COLLECTED,
            ConsentRule.OPT_IN,
            ConsentRule.NOT_COLLECTED,
            ConsentRule.OPT_OUT);

    /** The time zone of the legal dates: Italy. */
    public static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Europe/Rome");

    private final Info info;
    private final LocalDate effectiveFrom;
    private final ConsentRule feeding;
    private final ConsentRule consultation;
    private final ConsentRule pastDataInclusion;
    private final ConsentRule pastDataObjection;

    FseRegime(
            int code,
            String id,
            String italianLabel,
            LocalDate effectiveFrom,
            ConsentRule feeding,
            ConsentRule consultation,
            ConsentRule pastDataInclusion,
            ConsentRule pastDataObjection) {
        this.info = new Info(code, id, italianLabel);
        this.effectiveFrom = effectiveFrom;
        this.feeding = feeding;
        this.consultation = consultation;
        this.pastDataInclusion = pastDataInclusion;
        this.pastDataObjection = pastDataObjection;
    }

    @Override
    public Info info() {
        return info;
    }

    /**
     * Returns the first day of this regime.
     *
     * @return the first day, or empty for {@link #CONSENT_BASED}, which covers everything before 19 May 2020
     */
    public Optional<LocalDate> effectiveFrom() {
        return Optional.ofNullable(effectiveFrom);
    }

    /**
     * Returns how this regime treats a kind of consent.
     *
     * @param kind the kind
     * @return opt-in, opt-out or not collected
     */
    public ConsentRule rule(ConsentKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case FEEDING -> feeding;
            case CONSULTATION -> consultation;
            case PAST_DATA_INCLUSION -> pastDataInclusion;
            case PAST_DATA_OBJECTION -> pastDataObjection;
        };
    }

    /**
     * Returns the kinds this regime collects.
     *
     * @return every kind whose rule is not {@link ConsentRule#NOT_COLLECTED}
     */
    public Set<ConsentKind> collectedKinds() {
        EnumSet<ConsentKind> kinds = EnumSet.noneOf(ConsentKind.class);
        for (ConsentKind kind : ConsentKind.values()) {
            if (rule(kind) != ConsentRule.NOT_COLLECTED) {
                kinds.add(kind);
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * Returns the regime in force on a civil date in Italy.
     *
     * @param date the date
     * @return the regime
     */
    public static FseRegime inForceOn(LocalDate date) {
        return inForceAt(Objects.requireNonNull(date, "date")
                .atStartOfDay(LEGAL_TIME_ZONE)
                .toInstant());
    }

    /**
     * Returns the regime in force at an instant, judged by the civil date in Italy ({@link #LEGAL_TIME_ZONE}).
     * Works for any instant, however far in the past or future.
     *
     * @param instant the instant
     * @return the regime
     */
    public static FseRegime inForceAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        FseRegime found = CONSENT_BASED;
        for (FseRegime regime : values()) {
            if (regime.effectiveFrom != null
                    && !instant.isBefore(
                            regime.effectiveFrom.atStartOfDay(LEGAL_TIME_ZONE).toInstant())) {
                found = regime;
            }
        }
        return found;
    }
}
