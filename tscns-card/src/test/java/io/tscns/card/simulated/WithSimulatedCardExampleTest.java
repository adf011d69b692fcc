package io.tscns.card.simulated;

// tag::card[]
import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.test.junit.WithSimulatedCard;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import javax.smartcardio.CardTerminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

@WithSimulatedCard(profile = SimulatedProfile.STINCARD, seed = 42)   // the same card on every run
class WithSimulatedCardExampleTest {

    @Test
    void aWrongPinShowsTheTriesLeftAndTheRightOneIsAccepted(CardTerminal reader, IssuedCard issued) {
        try (CnsCard card = PcscCards.open(reader); Pin wrong = Pin.parse("99999")) {
            var rejected = assertInstanceOf(VerificationResult.Rejected.class, card.verifyPin(wrong));
            assertEquals(OptionalInt.of(2), rejected.triesLeft());
            assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            assertEquals(issued.cardId(), card.readCardId());
        }
    }
}
// end::card[]
