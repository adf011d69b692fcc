package io.tscns.core.consent;

import static io.tscns.core.consent.ConsentRecordTest.CITIZEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.PersonalCodiceFiscale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

    private static final Instant Y2016 = Instant.parse("2016-02-01T10:00:00Z");
    private static final Instant Y2021 = Instant.parse("2021-03-01T10:00:00Z");
    private static final Instant Y2024 = Instant.parse("2024-03-01T10:00:00Z");

    private static ConsentRecord record(ConsentKind kind, ConsentStatus status, Instant at) {
        return ConsentRecord.of(CITIZEN, kind, status, at);
    }

    @Test
    void theLatestRecordOfAKindIsCurrentAndOldRegimesKeepTheirRecords() {
        ConsentRecord feeding = record(ConsentKind.FEEDING, ConsentStatus.GIVEN, Y2016);
        ConsentRecord consultationGiven = record(ConsentKind.CONSULTATION, ConsentStatus.GIVEN, Y2016);
        ConsentRecord objection = record(ConsentKind.PAST_DATA_OBJECTION, ConsentStatus.GIVEN, Y2021);
        ConsentRecord consultationWithdrawn = record(ConsentKind.CONSULTATION, ConsentStatus.WITHDRAWN, Y2024);
        ConsentHistory history =
                ConsentHistory.of(CITIZEN, List.of(feeding, consultationGiven, objection, consultationWithdrawn));

        assertEquals(Optional.of(consultationWithdrawn), history.current(ConsentKind.CONSULTATION));
        assertEquals(Optional.of(feeding), history.current(ConsentKind.FEEDING));
        assertEquals(
                FseRegime.CONSENT_BASED,
                history.current(ConsentKind.FEEDING).orElseThrow().regime());
        assertEquals(Optional.of(objection), history.current(ConsentKind.PAST_DATA_OBJECTION));
        assertEquals(Optional.empty(), history.current(ConsentKind.PAST_DATA_INCLUSION));
        assertEquals(4, history.records().size());
    }

    @Test
    void ofTwoRecordsAtTheSameInstantTheLastAppendedWins() {
        ConsentRecord given = record(ConsentKind.CONSULTATION, ConsentStatus.GIVEN, Y2024);
        ConsentRecord withdrawn = record(ConsentKind.CONSULTATION, ConsentStatus.WITHDRAWN, Y2024);
        ConsentHistory history = ConsentHistory.empty(CITIZEN).append(given).append(withdrawn);
        assertEquals(Optional.of(withdrawn), history.current(ConsentKind.CONSULTATION));
    }

    @Test
    void aRecordOlderThanTheLastIsRefused() {
        ConsentHistory history =
                ConsentHistory.empty(CITIZEN).append(record(ConsentKind.CONSULTATION, ConsentStatus.GIVEN, Y2024));
        InvalidConsentException e = assertThrows(
                InvalidConsentException.class,
                () -> history.append(record(ConsentKind.CONSULTATION, ConsentStatus.WITHDRAWN, Y2021)));
        assertEquals(new ConsentProblem.OutOfOrder(Y2024, Y2021), e.problem());
    }

    @Test
    void anotherCitizensRecordIsRefusedEvenAnOmocodicVariant() {
        CodiceFiscale variant = ((PersonalCodiceFiscale) CITIZEN).omocode(1);
        InvalidConsentException e = assertThrows(
                InvalidConsentException.class,
                () -> ConsentHistory.empty(CITIZEN)
                        .append(ConsentRecord.of(variant, ConsentKind.CONSULTATION, ConsentStatus.GIVEN, Y2024)));
        assertEquals(new ConsentProblem.OtherCitizen(), e.problem());
        assertFalse(e.getMessage().contains(CITIZEN.value()));
    }

    @Test
    void appendingLeavesTheOriginalUntouched() {
        ConsentHistory empty = ConsentHistory.empty(CITIZEN);
        ConsentHistory one = empty.append(record(ConsentKind.CONSULTATION, ConsentStatus.GIVEN, Y2024));
        assertEquals(0, empty.records().size());
        assertEquals(1, one.records().size());
        assertEquals(one, ConsentHistory.of(CITIZEN, one.records()));
        assertEquals("ConsentHistory[1 records]", one.toString());
    }
}
