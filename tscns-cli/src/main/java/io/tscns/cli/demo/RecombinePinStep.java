package io.tscns.cli.demo;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.simcard.IssuedCard;
import java.util.Arrays;
import javax.smartcardio.CardTerminal;

/**
 * Step 9: the citizen puts together the PIN from the receipt's half and the e-mail's half (core
 * {@link SplitPolicy#MEF_SOGEI}), inserts the card in a reader (the test kit's simulated reader behind
 * {@code javax.smartcardio}), verifies the PIN on the card through {@link CnsCard} without spending a try, and reads
 * the card: its id, TEAM number and personal data.
 */
final class RecombinePinStep implements DemoStep {

    @Override
    public String name() {
        return "verify-pin";
    }

    @Override
    public String title() {
        return "the citizen recombines the PIN and verifies it on the card";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        char[] counter = context.receipt().counterHalves().pin().reveal();
        char[] remote = context.remoteHalves().pin().reveal();
        try {
            context.pin(SplitPolicy.MEF_SOGEI.recombinePin(counter, remote));
        } finally {
            Arrays.fill(counter, '\0');
            Arrays.fill(remote, '\0');
        }
        context.readers().terminal(DemoContext.READER).insert(card.card());
        CardTerminal reader = Readers.using(context.readers()::terminalFactory)
                .find(DemoContext.READER)
                .orElseThrow(
                        () -> new DemoCheckException("the simulated reader " + DemoContext.READER + " is missing"));
        try (CnsCard cns = PcscCards.open(reader)) {
            PinStatus before = cns.pinStatus();
            int triesLeft = before instanceof PinStatus.NotVerified notVerified
                    ? notVerified.triesLeft().orElse(-1)
                    : -1;
            Pin pin = context.pin();
            VerificationResult result = cns.verifyPin(pin);
            DemoCheckException.check(
                    result instanceof VerificationResult.Accepted, "the card refused the recombined PIN: " + result);
            CardIdentity identity = cns.readIdentity();
            PersonalData data = identity.personalData().data();
            DemoCheckException.check(
                    identity.cardId().equals(card.cardId())
                            && data.codiceFiscale().equals(card.codiceFiscale().value()),
                    "the card read is not the citizen's: " + identity.cardId().value());
            return StepDetails.summary("PIN accepted, " + triesLeft + " tries left; card "
                            + identity.cardId().value()
                            + ", TEAM " + identity.teamNumber().value() + ", " + data.name() + " " + data.surname()
                            + " " + data.codiceFiscale())
                    .put("pinAccepted", true)
                    .put("triesLeft", triesLeft)
                    .put("cardId", identity.cardId().value())
                    .put("teamNumber", identity.teamNumber().value())
                    .put("surname", data.surname())
                    .put("name", data.name())
                    .put("codiceFiscale", data.codiceFiscale())
                    .put("expiryDate", data.expiryDate())
                    .build();
        }
    }
}
