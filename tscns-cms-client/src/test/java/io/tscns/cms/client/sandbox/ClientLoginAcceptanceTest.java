package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.client.CmsAuthenticationException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.CardState;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operator login with personal credentials (DM 2011 Allegato 2) through the HTTPS sandbox with the tscns client. */
class ClientLoginAcceptanceTest {

    private static SimulatedCms cms;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.start();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void theOperatorsCertificateIdentifiesTheOperator() {
        OperatorProfile me = ClientFixtures.certificate(cms, "asl-1").login();
        assertEquals("asl-1", me.operatorId());
        assertEquals(OperatorRole.ASL_COUNTER, me.role());
        assertEquals(SimulatedCms.TUSCANY, me.region());
        assertEquals(true, me.reissueEnabled());
    }

    @Test
    void aPersonalTokenOpensASessionUsedForLaterCalls() {
        var client = ClientFixtures.token(cms, "pharmacy-1");
        OperatorProfile me = client.login();
        assertEquals(OperatorRole.PHARMACY, me.role());
        assertEquals(me, client.whoAmI());
        assertEquals(
                CardState.SHIPPED.isFinal(),
                client.getCard(cms.issuedCards().get(ClientFixtures.TUSCAN).cardId())
                        .state()
                        .isFinal());
    }

    @Test
    void aWrongTokenIsUnauthenticated() {
        var client = ClientFixtures.builder(cms)
                .credentials(OperatorCredentials.personalToken("pharmacy-1", "not-the-token".toCharArray()))
                .build();
        CmsAuthenticationException e = assertThrows(CmsAuthenticationException.class, client::login);
        assertEquals(Optional.of(ProblemCode.UNAUTHENTICATED), e.problemCode());
    }

    @Test
    void aDisabledOperatorIsRefused() {
        CmsAuthenticationException e = assertThrows(
                CmsAuthenticationException.class,
                () -> ClientFixtures.certificate(cms, "disabled-1").whoAmI());
        assertEquals(Optional.of(ProblemCode.OPERATOR_DISABLED), e.problemCode());
    }
}
