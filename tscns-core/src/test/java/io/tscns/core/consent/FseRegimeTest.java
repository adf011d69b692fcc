package io.tscns.core.consent;

import static io.tscns.core.consent.ConsentKind.CONSULTATION;
import static io.tscns.core.consent.ConsentKind.FEEDING;
import static io.tscns.core.consent.ConsentKind.PAST_DATA_INCLUSION;
import static io.tscns.core.consent.ConsentKind.PAST_DATA_OBJECTION;
import static io.tscns.core.consent.ConsentRule.NOT_COLLECTED;
import static io.tscns.core.consent.ConsentRule.OPT_IN;
import static io.tscns.core.consent.ConsentRule.OPT_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FseRegimeTest {

    @Test
    void dl34TakesOverOnTheNineteenthOfMay2020() {
        assertEquals(FseRegime.CONSENT_BASED, FseRegime.inForceOn(LocalDate.of(2020, 5, 18)));
        assertEquals(FseRegime.DL_34_2020, FseRegime.inForceOn(LocalDate.of(2020, 5, 19)));
        assertEquals(Optional.of(LocalDate.of(2020, 5, 19)), FseRegime.DL_34_2020.effectiveFrom());
        assertEquals(Optional.empty(), FseRegime.CONSENT_BASED.effectiveFrom());
    }

    @Test
    void theBoundaryIsMidnightInItalyNotInUtc() {
        // 19 May 2020 00:00 in Rome (summer time, UTC+2) is 18 May 22:00 UTC.
        assertEquals(FseRegime.CONSENT_BASED, FseRegime.inForceAt(Instant.parse("2020-05-18T21:59:59.999Z")));
        assertEquals(FseRegime.DL_34_2020, FseRegime.inForceAt(Instant.parse("2020-05-18T22:00:00Z")));
    }

    @Test
    void fse20TakesOverOnTheEighthOfNovember2023() {
        assertEquals(FseRegime.DL_34_2020, FseRegime.inForceOn(LocalDate.of(2023, 11, 7)));
        assertEquals(FseRegime.FSE_2_0, FseRegime.inForceOn(LocalDate.of(2023, 11, 8)));
        // Winter time, UTC+1.
        assertEquals(FseRegime.FSE_2_0, FseRegime.inForceAt(Instant.parse("2023-11-07T23:00:00Z")));
        assertEquals(FseRegime.DL_34_2020, FseRegime.inForceAt(Instant.parse("2023-11-07T22:59:59Z")));
    }

    @Test
    void extremeInstantsAndDatesHaveARegime() {
        assertEquals(FseRegime.CONSENT_BASED, FseRegime.inForceAt(Instant.MIN));
        assertEquals(FseRegime.FSE_2_0, FseRegime.inForceAt(Instant.MAX));
        assertEquals(FseRegime.CONSENT_BASED, FseRegime.inForceOn(LocalDate.MIN));
        assertEquals(FseRegime.FSE_2_0, FseRegime.inForceOn(LocalDate.MAX));
    }

    @Test
    void whatEachRegimeRequiresOrAllowsIsPinned() {
        Map<FseRegime, Map<ConsentKind, ConsentRule>> rules = new EnumMap<>(FseRegime.class);
        for (FseRegime regime : FseRegime.values()) {
            Map<ConsentKind, ConsentRule> row = new EnumMap<>(ConsentKind.class);
            for (ConsentKind kind : ConsentKind.values()) {
                row.put(kind, regime.rule(kind));
            }
            rules.put(regime, row);
        }
        assertEquals(
                Map.of(
                        FseRegime.CONSENT_BASED,
                                Map.of(
                                        FEEDING,
                                        OPT_IN,
                                        CONSULTATION,
                                        OPT_IN,
                                        PAST_DATA_INCLUSION,
                                        OPT_IN,
                                        PAST_DATA_OBJECTION,
                                        NOT_COLLECTED),
                        FseRegime.DL_34_2020,
                                Map.of(
                                        FEEDING,
                                        NOT_COLLECTED,
                                        CONSULTATION,
                                        OPT_IN,
                                        PAST_DATA_INCLUSION,
                                        NOT_COLLECTED,
                                        PAST_DATA_OBJECTION,
                                        OPT_OUT),
                        FseRegime.FSE_2_0,
                                Map.of(
                                        FEEDING,
                                        NOT_COLLECTED,
                                        CONSULTATION,
                                        OPT_IN,
                                        PAST_DATA_INCLUSION,
                                        NOT_COLLECTED,
                                        PAST_DATA_OBJECTION,
                                        OPT_OUT)),
                rules);
    }

    @Test
    void theToscanThreeConsentsAreThoseOfTheConsentRegime() {
        assertEquals(Set.of(FEEDING, CONSULTATION, PAST_DATA_INCLUSION), FseRegime.CONSENT_BASED.collectedKinds());
        assertEquals(Set.of(CONSULTATION, PAST_DATA_OBJECTION), FseRegime.DL_34_2020.collectedKinds());
    }
}
