package io.tscns.cli.demo;

import io.tscns.card.CnsCard;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.IssuedCard;
import javax.smartcardio.CardTerminal;

/**
 * Step 4: an ASL operator logs in to the CMS with their own card (Toscana manual v2.0 §10.1 step 2): the card
 * factory issues the operator's card, which goes into the counter's reader (the test kit's simulated reader behind
 * {@code javax.smartcardio}); the CMS client signs the TLS handshake with the card's key through the tscns JCA
 * provider, which asks for the PIN and has the card verify it; the CMS finds the operator by the codice fiscale of the
 * card's certificate and says who they are. This operator then activates the second card.
 */
final class OperatorCardLoginStep implements DemoStep {

    @Override
    public String name() {
        return "operator-card-login";
    }

    @Override
    public String title() {
        return "an ASL operator logs in with their own card";
    }

    @Override
    public StepDetails run(DemoContext context) {
        context.progress("card for " + DemoContext.ASL_OPERATOR_HOLDER.displayName());
        IssuedCard card = CardFactory.builder().pki(context.pki()).build().issue(DemoContext.ASL_OPERATOR_HOLDER);
        context.readers().terminal(DemoContext.COUNTER_READER).insert(card.card());
        CardTerminal reader = Readers.using(context.readers()::terminalFactory)
                .find(DemoContext.COUNTER_READER)
                .orElseThrow(() ->
                        new DemoCheckException("the simulated reader " + DemoContext.COUNTER_READER + " is missing"));
        CnsCard cns = PcscCards.open(reader);
        CmsClient client = context.cardClient(card, cns);
        OperatorProfile operator = client.login();
        DemoCheckException.check(
                operator.operatorId().equals(DemoContext.ASL_OPERATOR) && operator.role() == OperatorRole.ASL_COUNTER,
                "expected the ASL operator "
                        + DemoContext.ASL_OPERATOR + ", the CMS answered " + operator.operatorId() + " ("
                        + operator.role()
                        + ")");
        return StepDetails.summary(operator.operatorId() + " " + operator.displayName() + ", " + operator.role()
                        + " at " + operator.counterId() + "; card "
                        + card.cardId().value() + ", PIN verified on the"
                        + " card, TLS with the card's key")
                .put("operatorId", operator.operatorId())
                .put("displayName", operator.displayName())
                .put("role", operator.role().name())
                .put("counterId", operator.counterId())
                .put("cardId", card.cardId().value())
                .build();
    }
}
