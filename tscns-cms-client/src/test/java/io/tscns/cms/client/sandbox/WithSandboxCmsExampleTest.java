package io.tscns.cms.client.sandbox;

// tag::sandbox[]
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.CardState;
import io.tscns.simcard.IssuedCard;
import io.tscns.test.junit.WithSandboxCms;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@WithSandboxCms                                   // one sandbox for the class, with operators and three cards
class WithSandboxCmsExampleTest {

    @Test
    void aPharmacistSeesASeededCardShipped(SimulatedCms cms) {
        char[] token = cms.operator("pharmacy-1").token();
        CmsClient client = CmsClient.builder()
                .baseUri(cms.baseUri())
                .trustAnchors(List.of(cms.caCertificate()))
                .credentials(OperatorCredentials.personalToken("pharmacy-1", token))
                .build();
        Arrays.fill(token, '\0');                        // the client keeps its own copy
        OperatorProfile me = client.login();
        IssuedCard card = cms.issuedCards().get(0);       // its PIN, PUK and CIP are the simulated card's own
        CardStatus status = client.getCard(card.cardId());
        assertEquals("pharmacy-1", me.operatorId());
        assertEquals(CardState.SHIPPED, status.state());
    }
}
// end::sandbox[]
