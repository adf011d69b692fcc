package io.tscns.cli.demo;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.activation.Applicant;
import io.tscns.core.lifecycle.CardState;
import io.tscns.simcard.IssuedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Step 6: the holder activates the card in person at the pharmacy (direct mode), choosing e-mail for the second
 * halves. The receipt carries the counter halves of PIN, PUK and CIP: the demo keeps them for the citizen (steps 8
 * and 10) and shows only their lengths, masked. On paper the receipt shows them, since that is how the holder gets
 * them; a terminal's output ends up in logs and bug reports, so the demo never prints a code.
 */
final class ActivateDirectStep implements DemoStep {

    /** Where the first citizen receives the second halves. */
    static final String EMAIL = "mario.rossi@example.org";

    @Override
    public String name() {
        return "activate";
    }

    @Override
    public String title() {
        return "the holder activates the card at the counter";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        CmsClient client = context.client(DemoContext.PHARMACIST);
        ActivateCardRequest request = new ActivateCardRequest(
                        card.codiceFiscale(),
                        card.personalData().data().parsedExpiryDate().orElseThrow(),
                        ApplicantData.of(new Applicant.Holder(Documents.identityCard("CA00000AA", today(context)))),
                        Set.of(),
                        new DeliveryChannel(ChannelKind.EMAIL, EMAIL),
                        true,
                        List.of())
                .withIdentification(context.identification());
        Receipt receipt = client.activateCard(card.cardId(), request);
        context.receipt(receipt);
        int documents = DemoDocuments.write(context, card, request, receipt);
        CardStatus status = client.getCard(card.cardId());
        DemoCheckException.check(
                status.state() == CardState.ACTIVE,
                "expected the card active, it is " + status.state().id());
        return StepDetails.summary("receipt " + receipt.receiptId() + ", counter halves "
                        + masked(receipt.counterHalves()) + ", second halves to " + receipt.maskedAddress())
                .put("receiptId", receipt.receiptId())
                .put("operatorId", receipt.operatorId())
                .put("counterHalves", masked(receipt.counterHalves()))
                .put("channel", receipt.channel().name())
                .put("maskedAddress", receipt.maskedAddress())
                .put("cardState", status.state().id())
                .put("documents", documents)
                .build();
    }

    static LocalDate today(DemoContext context) {
        return LocalDate.ofInstant(context.clock().instant(), context.clock().getZone());
    }

    /** The halves as their lengths only, e.g. {@code PIN ****, PUK ****, CIP ****}. */
    static String masked(CodeHalves halves) {
        return "PIN " + "*".repeat(halves.pin().length()) + ", PUK "
                + "*".repeat(halves.puk().length())
                + halves.cip().map(cip -> ", CIP " + "*".repeat(cip.length())).orElse("");
    }
}
