package io.tscns.core.consent;

import static io.tscns.core.consent.ConsentRecordTest.CITIZEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConsentProperties {

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearTheBoundaries = Arbitraries.longs()
                .between(
                        Instant.parse("2020-05-17T00:00:00Z").getEpochSecond(),
                        Instant.parse("2023-11-10T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Arbitraries.oneOf(anywhere, nearTheBoundaries);
    }

    @Property
    void aRecordAtAnyInstantCarriesTheRegimeInForceOrIsRefusedWithTheTypedException(
            @ForAll("instants") Instant at, @ForAll ConsentKind kind, @ForAll ConsentStatus status) {
        FseRegime inForce = FseRegime.inForceAt(at);
        try {
            ConsentRecord record = ConsentRecord.of(CITIZEN, kind, status, at);
            assertEquals(inForce, record.regime());
            assertTrue(inForce.collectedKinds().contains(kind));
        } catch (InvalidConsentException refused) {
            assertEquals(new ConsentProblem.NotCollectedInRegime(kind, inForce), refused.problem());
        }
    }

    @Property
    void regimesFollowEachOtherInTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant earlier = a.isBefore(b) ? a : b;
        Instant later = a.isBefore(b) ? b : a;
        assertTrue(FseRegime.inForceAt(earlier).ordinal()
                <= FseRegime.inForceAt(later).ordinal());
    }
}
