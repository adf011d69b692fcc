package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.card.CnsCard;
import io.tscns.card.jca.PinEntryException;
import io.tscns.card.jca.PinProblem;
import io.tscns.cms.client.CmsAuthenticationException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsCredentialException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counter operator logs in to the CMS with their own card (Toscana manual v2.0 §10.1 step 2): a simulated
 * TS-CNS in the test kit's in-process reader, issued by the test PKI to the operator's codice fiscale, opened through
 * tscns-card; {@link OperatorCredentials#card} signs the TLS handshake with the card's key after the card verified the
 * PIN. Login, an activation and a revocation in the operator's name, and the refusals: a revoked card certificate, a
 * holder who is no operator, a PIN wrong then blocked.
 */
class ClientSimulatedCardAcceptanceTest {

    private static final CardHolder LAURA = new CardHolder(
            "NERI",
            "LAURA",
            Sex.FEMALE,
            LocalDate.of(1978, 4, 12),
            new BirthPlaceCode("D612"),
            new BirthPlaceCode("D612"));
    private static final CardHolder STRANGER = new CardHolder(
            "BRUNI",
            "ELENA",
            Sex.FEMALE,
            LocalDate.of(1981, 9, 3),
            new BirthPlaceCode("D612"),
            new BirthPlaceCode("D612"));
    private static SimulatedCms cms;
    private static CardFactory factory;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .operator(OperatorSeed.of("asl-card", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson(LAURA.displayName(), LAURA.codiceFiscale()))
                .start();
        factory = CardFactory.builder().pki(cms.pki()).build();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void theOperatorLogsInWithTheirCardThenActivatesAndRevokesInTheirName() {
        IssuedCard own = factory.issue(LAURA);
        OperatorCards.PinPad pad = new OperatorCards.PinPad(OperatorCards.pin(own));
        try (CnsCard card = OperatorCards.open(own)) {
            CmsClient laura = client(card, pad);
            OperatorProfile me = laura.login();
            assertEquals("asl-card", me.operatorId());
            assertEquals(OperatorRole.ASL_COUNTER, me.role());

            ClientFixtures.activateAndRevokeAs(cms, laura, cms.issuedCards().get(ClientFixtures.TUSCAN_2), "asl-card");
        }
        // Asked once: the card remembers the verified PIN for every later handshake.
        assertEquals(List.of(OptionalInt.empty()), pad.prompts);
    }

    @Test
    void aCardRevokedThroughTheCmsCannotLogInAnyMore() {
        IssuedCard own = factory.issue(LAURA);
        cms.addCard(own);
        CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
        asl.activateCard(own.cardId(), ClientFixtures.direct(asl, own, "laura@example.it"))
                .close();
        asl.revokeCard(own.cardId(), RevocationRequest.byHolder(RevocationCause.THEFT, own.cip()));
        try (CnsCard card = OperatorCards.open(own)) {
            CmsAuthenticationException e = assertThrows(
                    CmsAuthenticationException.class,
                    () -> client(card, new OperatorCards.PinPad(OperatorCards.pin(own)))
                            .login());
            assertEquals(Optional.of(ProblemCode.CARD_CERTIFICATE_REVOKED), e.problemCode());
            assertEquals(401, e.status());
        }
    }

    @Test
    void aValidCardOfSomeoneWhoIsNoOperatorIsUnknown() {
        IssuedCard stranger = factory.issue(STRANGER);
        try (CnsCard card = OperatorCards.open(stranger)) {
            CmsAuthenticationException e = assertThrows(
                    CmsAuthenticationException.class,
                    () -> client(card, new OperatorCards.PinPad(OperatorCards.pin(stranger)))
                            .login());
            assertEquals(Optional.of(ProblemCode.UNKNOWN_OPERATOR), e.problemCode());
        }
    }

    @Test
    void aWrongPinIsAskedAgainWithTheTriesLeftAndThenAccepted() {
        IssuedCard own = factory.issue(LAURA);
        OperatorCards.PinPad pad = new OperatorCards.PinPad(OperatorCards.wrongPin(own), OperatorCards.pin(own));
        try (CnsCard card = OperatorCards.open(own)) {
            assertEquals("asl-card", client(card, pad).login().operatorId());
        }
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.of(2)), pad.prompts);
    }

    @Test
    void aPinWrongEveryTimeBlocksTheCardAndTheLoginFailsWithTheCardsTypedProblem() {
        IssuedCard own = factory.issue(LAURA);
        OperatorCards.PinPad wrong = new OperatorCards.PinPad(OperatorCards.wrongPin(own));
        int entries = cms.auditEntries().size();
        try (CnsCard card = OperatorCards.open(own)) {
            CmsCredentialException e = assertThrows(
                    CmsCredentialException.class, () -> client(card, wrong).login());
            // The third wrong PIN leaves 0 tries: blocked, and the holder is not asked a fourth time.
            assertEquals(List.of(OptionalInt.empty(), OptionalInt.of(2), OptionalInt.of(1)), wrong.prompts);
            assertInstanceOf(
                    PinProblem.PinBlocked.class,
                    assertInstanceOf(PinEntryException.class, e.credentialFailure())
                            .problem());
            assertEquals(CmsCredentialException.CODE, e.problems().get(0).code());
            assertEquals(
                    e.credentialFailure().problems().get(0).code(),
                    e.problems().get(1).code());

            // Blocked: even the right PIN no longer opens the key.
            CmsCredentialException again = assertThrows(
                    CmsCredentialException.class,
                    () -> client(card, new OperatorCards.PinPad(OperatorCards.pin(own)))
                            .login());
            assertInstanceOf(PinProblem.PinBlocked.class, ((PinEntryException) again.credentialFailure()).problem());
        }
        assertEquals(entries, cms.auditEntries().size(), "no request reached the CMS");
    }

    private static CmsClient client(CnsCard card, OperatorCards.PinPad pad) {
        return ClientFixtures.builder(cms)
                .credentials(OperatorCredentials.card(card, pad))
                .build();
    }
}
