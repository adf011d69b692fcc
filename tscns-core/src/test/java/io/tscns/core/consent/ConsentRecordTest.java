package io.tscns.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    static final CodiceFiscale CITIZEN = CodiceFiscale.parse("BNCLRA90B54D612S");
    static final Instant LAST_MOMENT_BEFORE = Instant.parse("2020-05-18T21:59:59Z");
    static final Instant FIRST_MOMENT_AFTER = Instant.parse("2020-05-18T22:00:00Z");

    private static ConsentProblem problemOf(Runnable build) {
        return assertThrows(InvalidConsentException.class, build::run).problem();
    }

    @Test
    void aFeedingConsentIsRecordedUpTo18May2020AndRefusedFrom19May() {
        for (ConsentStatus status : ConsentStatus.values()) {
            ConsentRecord before = ConsentRecord.of(CITIZEN, ConsentKind.FEEDING, status, LAST_MOMENT_BEFORE);
            assertEquals(FseRegime.CONSENT_BASED, before.regime());
            assertEquals(
                    new ConsentProblem.NotCollectedInRegime(ConsentKind.FEEDING, FseRegime.DL_34_2020),
                    problemOf(() -> ConsentRecord.of(CITIZEN, ConsentKind.FEEDING, status, FIRST_MOMENT_AFTER)));
        }
    }

    @Test
    void thePastDataFlipsFromInclusionToObjectionAtTheBoundary() {
        ConsentRecord.of(CITIZEN, ConsentKind.PAST_DATA_INCLUSION, ConsentStatus.GIVEN, LAST_MOMENT_BEFORE);
        assertEquals(
                new ConsentProblem.NotCollectedInRegime(ConsentKind.PAST_DATA_OBJECTION, FseRegime.CONSENT_BASED),
                problemOf(() -> ConsentRecord.of(
                        CITIZEN, ConsentKind.PAST_DATA_OBJECTION, ConsentStatus.GIVEN, LAST_MOMENT_BEFORE)));
        ConsentRecord objection =
                ConsentRecord.of(CITIZEN, ConsentKind.PAST_DATA_OBJECTION, ConsentStatus.GIVEN, FIRST_MOMENT_AFTER);
        assertEquals(FseRegime.DL_34_2020, objection.regime());
        assertEquals(ConsentRule.OPT_OUT, objection.regime().rule(objection.kind()));
        assertEquals(
                "not-collected-in-regime",
                problemOf(() -> ConsentRecord.of(
                                CITIZEN, ConsentKind.PAST_DATA_INCLUSION, ConsentStatus.GIVEN, FIRST_MOMENT_AFTER))
                        .code());
    }

    @Test
    void theConsultationConsentIsCollectedInEveryRegime() {
        for (Instant at : List.of(
                Instant.parse("2016-02-01T10:00:00Z"),
                LAST_MOMENT_BEFORE,
                FIRST_MOMENT_AFTER,
                Instant.parse("2025-07-01T09:30:00Z"))) {
            for (ConsentStatus status : ConsentStatus.values()) {
                ConsentRecord r = ConsentRecord.of(CITIZEN, ConsentKind.CONSULTATION, status, at);
                assertEquals(FseRegime.inForceAt(at), r.regime());
                assertEquals(ConsentRule.OPT_IN, r.regime().rule(ConsentKind.CONSULTATION));
            }
        }
    }

    @Test
    void aRecordStatingTheWrongRegimeIsRefused() {
        InvalidConsentException e = assertThrows(
                InvalidConsentException.class,
                () -> new ConsentRecord(
                        CITIZEN,
                        ConsentKind.CONSULTATION,
                        ConsentStatus.GIVEN,
                        FIRST_MOMENT_AFTER,
                        FseRegime.CONSENT_BASED));
        assertEquals(new ConsentProblem.RegimeMismatch(FseRegime.CONSENT_BASED, FseRegime.DL_34_2020), e.problem());
        assertEquals(
                "the record states regime 'consent-based' but 'dl-34-2020' was in force at its instant",
                e.getMessage());
        assertFalse(e.getMessage().contains(CITIZEN.value()));
    }

    @Test
    void refusalMessagesSayWhenTheRegimeStarted() {
        InvalidConsentException e = assertThrows(
                InvalidConsentException.class,
                () -> ConsentRecord.of(
                        CITIZEN, ConsentKind.FEEDING, ConsentStatus.WITHDRAWN, Instant.parse("2024-01-10T08:00:00Z")));
        assertEquals("'feeding' is not collected under regime 'fse-2.0' (in force from 2023-11-08)", e.getMessage());
    }

    @Test
    void problemCodesAreFrozenAndUnique() {
        List<ConsentProblem> one = List.of(
                new ConsentProblem.NotCollectedInRegime(ConsentKind.FEEDING, FseRegime.FSE_2_0),
                new ConsentProblem.RegimeMismatch(FseRegime.FSE_2_0, FseRegime.DL_34_2020),
                new ConsentProblem.OtherCitizen(),
                new ConsentProblem.OutOfOrder(FIRST_MOMENT_AFTER, LAST_MOMENT_BEFORE));
        assertTrue(List.of(ConsentProblem.class.getPermittedSubclasses())
                .containsAll(one.stream().map(Object::getClass).toList()));
        assertEquals(ConsentProblem.class.getPermittedSubclasses().length, one.size(), "pin every problem's code");
        assertEquals(
                List.of("not-collected-in-regime", "regime-mismatch", "other-citizen", "out-of-order"),
                one.stream().map(ConsentProblem::code).toList());
    }
}
