package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CallOptions;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsUnavailableException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.client.RetryPolicy;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.EmissionKind;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.simcard.IssuedCard;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The client's retries against the real HTTPS sandbox injecting faults (503 before and after commit, responses
 * dropped after commit, answers held past the client's timeout): every operation asked for is applied exactly once,
 * and the audit chain verifies. A call the client gives up on is repeated by the caller with the same key.
 */
class ClientFaultAcceptanceTest {

    private static final int EMISSIONS = 60;
    private static final int CONSENTS = 30;

    @Test
    void operationsUnderInjectedFaultsAreAppliedExactlyOnce() {
        try (SimulatedCms cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .faults(SandboxFaults.random(0.35, 20_110_620L, Duration.ofMillis(600)))
                .start()) {
            char[] password = "sandbox".toCharArray();
            KeyStore store = cms.operator("asl-1").credential().toPkcs12("operator", password);
            CmsClient asl = ClientFixtures.builder(cms)
                    .credentials(OperatorCredentials.keyStore(store, password))
                    .requestTimeout(Duration.ofMillis(400))
                    .retryPolicy(new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(40), 2, 0.5))
                    .build();
            int gaveUp = 0;
            List<CodiceFiscale> people = new ArrayList<>();
            for (int i = 0; i < EMISSIONS; i++) {
                LocalDate born = LocalDate.of(2024, 1, 1).plusDays(i);
                PersonData baby = new PersonData(
                        "NERI",
                        "GIULIA",
                        born,
                        Sex.FEMALE,
                        "FIRENZE",
                        CodiceFiscaleCalculator.compute(
                                "NERI", "GIULIA", Sex.FEMALE, born, new BirthPlaceCode("D612")));
                people.add(baby.codiceFiscale());
                IdempotencyKey key = new IdempotencyKey("emission-" + i);
                gaveUp += untilDone(() ->
                        asl.requestEmission(new EmissionRequest(EmissionKind.NEWBORN, baby), CallOptions.withKey(key)));
            }
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            List<IdentificationRef> visit = new ArrayList<>(1);
            gaveUp += untilDone(() -> visit.add(ClientFixtures.identified(asl, card)));
            for (int i = 0; i < CONSENTS; i++) {
                IdempotencyKey key = new IdempotencyKey("consent-" + i);
                ConsentStatus status = i % 2 == 0 ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN;
                gaveUp += untilDone(() -> asl.recordConsents(
                        card.cardId(),
                        new ConsentsUpdate(List.of(new ConsentChoice(ConsentKind.CONSULTATION, status)))
                                .withIdentification(visit.get(0)),
                        CallOptions.withKey(key)));
            }

            for (CodiceFiscale person : people) {
                assertEquals(1, asl.getPersonCards(person).cards().size(), "one pending card for " + person);
            }
            assertEquals(CONSENTS, asl.getConsents(card.cardId()).consents().size(), "each consent recorded once");
            assertTrue(ClientFixtures.certificate(cms, "admin-1").verifyAudit().intact());
            assertTrue(gaveUp < EMISSIONS + CONSENTS, "most calls succeed within the client's own retries");
        }
    }

    /** Repeats a call with the same key until it succeeds; returns how many times the client gave up. */
    private static int untilDone(Supplier<?> call) {
        for (int gaveUp = 0; ; gaveUp++) {
            try {
                Object unused = call.get();
                return gaveUp;
            } catch (CmsUnavailableException e) {
                assertTrue(gaveUp < 20, "the operation never succeeded: " + e.getMessage());
            }
        }
    }
}
