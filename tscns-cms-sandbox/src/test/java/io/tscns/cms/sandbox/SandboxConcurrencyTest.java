package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.lifecycle.CardEventType;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestPki;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 32 threads race suspension, reactivation and revocation on one card: the history is a legal path. */
class SandboxConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CardEventType> EVENTS = Map.of(
            "SUSPEND_CARD",
            CardEventType.SUSPENSION,
            "REACTIVATE_CARD",
            CardEventType.REACTIVATION,
            "REVOKE_CARD",
            CardEventType.REVOCATION);

    @Test
    void racingOperationsOnOneCardFollowTheLifecycle() throws Exception {
        TestPki pki = TestPki.standard();
        IssuedCard card = CardFactory.builder().pki(pki).build().issue(CardHolder.example());
        try (SimulatedCms cms = SimulatedCms.builder()
                .pki(pki)
                .lifecycle(LifecyclePolicy.DM_2011)
                .card(CardSeed.of(card).inState(CardState.ACTIVE))
                .operator(OperatorSeed.of("cc-1", OperatorRole.CALL_CENTER, SimulatedCms.TUSCANY))
                .operator(OperatorSeed.of("admin-1", OperatorRole.ISSUER_ADMIN, SimulatedCms.TUSCANY))
                .start()) {
            SandboxClient callCentre = new SandboxClient(cms, "cc-1");
            SandboxClient admin = new SandboxClient(cms, "admin-1");
            String path = "cards/" + card.cardId().value();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int n = i;
                results.add(pool.submit(() -> switch (n % 12) {
                    case 11 ->
                        admin.post(path + "/revocation", "{\"requester\":\"ISSUER\",\"cause\":\"PERSONAL_DATA_ERROR\"}")
                                .statusCode();
                    default ->
                        callCentre
                                .post(path + (n % 2 == 0 ? "/suspension" : "/reactivation"), "{}")
                                .statusCode();
                }));
            }
            for (Future<Integer> result : results) {
                int status = result.get();
                assertTrue(status == 200 || status == 409, "status " + status);
            }
            pool.shutdown();
            JsonNode history =
                    JSON.readTree(admin.get(path + "/history").body()).get("entries");
            CardState state = CardState.ACTIVE;
            int applied = 0;
            for (JsonNode entry : history) {
                if (!entry.get("outcome").asText().equals("SUCCEEDED")) {
                    continue;
                }
                CardEventType event = EVENTS.get(entry.get("operation").asText());
                CardState next = LifecyclePolicy.DM_2011
                        .table()
                        .target(state, event)
                        .orElseThrow(() -> new AssertionError("illegal step in the history"));
                assertEquals(next.name(), entry.get("stateAfter").asText());
                state = next;
                applied++;
            }
            assertEquals(
                    "REVOKED",
                    JSON.readTree(admin.get(path).body()).get("state").asText());
            assertEquals(CardState.REVOKED, state);
            assertTrue(applied >= 1);
            assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
            assertTrue(
                    pki.issuingCa(io.tscns.testpki.TestIssuer.TOSCANA)
                            .revocations()
                            .entry(card.certificate().getSerialNumber())
                            .isPresent(),
                    "the CA revoked the certificate");
        }
    }
}
