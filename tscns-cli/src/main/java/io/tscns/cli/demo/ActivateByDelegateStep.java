package io.tscns.cli.demo;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.activation.Applicant;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Step 7: the second citizen, who cannot come for health reasons, sends a delegate with the signed delegation form
 * and a copy of the holder's document (Tuscany manual §10.1) to the ASL counter, whose operator logged in with their
 * own card, who identifies the card first (§10.1 steps 4–5); the second halves go by SMS. The receipt is wiped at
 * once: the demo follows only the first citizen's codes.
 */
final class ActivateByDelegateStep implements DemoStep {

    @Override
    public String name() {
        return "activate-delegate";
    }

    @Override
    public String title() {
        return "a delegate activates the second card for health reasons";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.delegated();
        CodiceFiscale delegateCf = CodiceFiscaleCalculator.compute(
                "VERDI", "PAOLO", Sex.MALE, LocalDate.of(1976, 4, 12), new BirthPlaceCode("D612"));
        DelegateIdentity delegate = new DelegateIdentity("VERDI", "PAOLO", delegateCf);
        CmsClient client = context.client(DemoContext.ASL_OPERATOR);
        IdentifyResult identified = client.identifyCard(new IdentifyRequest(
                card.codiceFiscale(),
                card.teamNumber(),
                card.personalData().data().parsedExpiryDate().orElseThrow()));
        if (!(identified instanceof IdentifyResult.Match match)) {
            throw new DemoCheckException("expected MATCH for the second card, the CMS answered " + identified);
        }
        ActivateCardRequest request = new ActivateCardRequest(
                        card.codiceFiscale(),
                        card.personalData().data().parsedExpiryDate().orElseThrow(),
                        ApplicantData.of(new Applicant.HealthDelegate(
                                delegate, Documents.identityCard("CA11111BB", ActivateDirectStep.today(context)))),
                        Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY),
                        new DeliveryChannel(ChannelKind.SMS, "+393331234567"),
                        true,
                        List.of())
                .withIdentification(match.identificationRef());
        try (Receipt receipt = client.activateCard(card.cardId(), request)) {
            int documents = DemoDocuments.write(context, card, request, receipt);
            CardStatus status = client.getCard(card.cardId());
            DemoCheckException.check(
                    status.state() == CardState.ACTIVE,
                    "expected the second card active, it is " + status.state().id());
            return StepDetails.summary(card.holder().displayName() + " by delegate PAOLO VERDI, receipt "
                            + receipt.receiptId() + ", second halves to " + receipt.maskedAddress())
                    .put("mode", "DELEGATE_HEALTH")
                    .put("holder", card.holder().displayName())
                    .put("delegate", "PAOLO VERDI")
                    .put("receiptId", receipt.receiptId())
                    .put("channel", receipt.channel().name())
                    .put("maskedAddress", receipt.maskedAddress())
                    .put("cardState", status.state().id())
                    .put("documents", documents)
                    .build();
        }
    }
}
