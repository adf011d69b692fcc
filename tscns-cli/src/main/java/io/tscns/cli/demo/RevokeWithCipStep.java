package io.tscns.cli.demo;

import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeFormat;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.simcard.IssuedCard;
import java.util.Arrays;

/**
 * Step 11: the citizen loses the card and revokes it at the pharmacy with the CIP, recombined from the receipt's
 * half and the e-mail's half (Tuscany manual §10.7); the CMS revokes the certificate at the test CA.
 */
final class RevokeWithCipStep implements DemoStep {

    @Override
    public String name() {
        return "revoke";
    }

    @Override
    public String title() {
        return "the holder revokes the card with the CIP";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        char[] counter = context.receipt()
                .counterHalves()
                .cip()
                .orElseThrow(() -> new DemoCheckException("the receipt has no CIP half"))
                .reveal();
        char[] remote = context.remoteHalves()
                .cip()
                .orElseThrow(() -> new DemoCheckException("the e-mail has no CIP half"))
                .reveal();
        CardStatus status;
        try (Cip cip = SplitPolicy.MEF_SOGEI.recombineCip(counter, remote, CodeFormat.DEFAULT_CIP)) {
            status = context.client(DemoContext.PHARMACIST)
                    .revokeCard(card.cardId(), RevocationRequest.byHolder(RevocationCause.LOSS, cip));
        } finally {
            Arrays.fill(counter, '\0');
            Arrays.fill(remote, '\0');
        }
        DemoCheckException.check(
                status.state() == CardState.REVOKED,
                "expected the card revoked, it is " + status.state().id());
        return StepDetails.summary("card " + status.cardId().value() + " "
                        + status.state().id() + " (" + RevocationCause.LOSS.id() + ")")
                .put("cardId", status.cardId().value())
                .put("cause", RevocationCause.LOSS.id())
                .put("cardState", status.state().id())
                .build();
    }
}
