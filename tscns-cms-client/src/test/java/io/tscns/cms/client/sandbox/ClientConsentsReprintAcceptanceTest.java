package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsForbiddenException;
import io.tscns.cms.client.CmsRuleException;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.ConsentsView;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FSE consents (§10.4) and PIN/PUK reprint (§10.6) through the HTTPS sandbox with the tscns client. */
class ClientConsentsReprintAcceptanceTest {

    private static final PresentedDocument DOCUMENT = PresentedDocument.withoutDeclaration(
            ClientFixtures.document(Optional.of(LocalDate.now().plusYears(3))));

    @Test
    void consentsAfterActivationAreRecordedAndRead() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient pharmacy = ClientFixtures.certificate(cms, "pharmacy-1");
            pharmacy.activateCard(card.cardId(), ClientFixtures.direct(pharmacy, card, "c@example.it"))
                    .close();
            ConsentsView after = pharmacy.recordConsents(
                    card.cardId(),
                    new ConsentsUpdate(List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)))
                            .withIdentification(ClientFixtures.identified(pharmacy, card)));
            assertTrue(after.consents().stream()
                    .anyMatch(c -> c.kind() == ConsentKind.CONSULTATION
                            && c.status() == ConsentStatus.GIVEN
                            && c.citizen().equals(card.codiceFiscale())));
            ConsentsView read = ClientFixtures.certificate(cms, "callcenter-1").getConsents(card.cardId());
            assertEquals(after.consents().size(), read.consents().size());
        }
    }

    @Test
    void aConsentNotCollectedUnderTheRegimeInForceIsRejected() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            ConsentsUpdate feeding = new ConsentsUpdate(
                            List.of(new ConsentChoice(ConsentKind.FEEDING, ConsentStatus.GIVEN)))
                    .withIdentification(ClientFixtures.identified(asl, card));
            CmsRuleException e = assertThrows(CmsRuleException.class, () -> asl.recordConsents(card.cardId(), feeding));
            assertEquals(Optional.of(ProblemCode.CONSENT_REJECTED), e.problemCode());
        }
    }

    @Test
    void reprintDirectAndByDelegateGivesNewCounterHalves() {
        try (SimulatedCms cms = SimulatedCms.start()) {
            IssuedCard card = cms.issuedCards().get(ClientFixtures.TUSCAN);
            CmsClient asl = ClientFixtures.certificate(cms, "asl-1");
            asl.activateCard(card.cardId(), ClientFixtures.direct(asl, card, "p@example.it"))
                    .close();
            DeliveryChannel sms = new DeliveryChannel(ChannelKind.SMS, "+39 333 1234567");
            try (Receipt direct = asl.reprintCodes(
                    card.cardId(),
                    new ReprintRequest(RequesterKind.HOLDER, Optional.empty(), DOCUMENT, sms)
                            .withIdentification(ClientFixtures.identified(asl, card)))) {
                assertEquals(ChannelKind.SMS, direct.channel());
                assertFalse(direct.maskedAddress().contains("1234567"));
            }
            DelegateIdentity delegate = new DelegateIdentity("ROSSI", "LUCIA", CodiceFiscale.parse("12345678903"));
            try (Receipt byDelegate = asl.reprintCodes(
                    card.cardId(),
                    new ReprintRequest(RequesterKind.DELEGATE, Optional.of(delegate), DOCUMENT, sms)
                            .withIdentification(ClientFixtures.identified(asl, card)))) {
                assertTrue(byDelegate.counterHalves().pin().length() > 0);
            }
            assertEquals(
                    2, cms.outbox(Optional.of(sms.toRemoteChannel().address())).size());
            // The call centre identifies by the CIP (§8.2) and releases no code; the issuer's staff do (§8.1).
            CmsForbiddenException e = assertThrows(
                    CmsForbiddenException.class,
                    () -> ClientFixtures.certificate(cms, "callcenter-1")
                            .reprintCodes(
                                    card.cardId(),
                                    new ReprintRequest(RequesterKind.HOLDER, Optional.empty(), DOCUMENT, sms)));
            assertEquals(Optional.of(ProblemCode.FORBIDDEN_ROLE), e.problemCode());
        }
    }
}
