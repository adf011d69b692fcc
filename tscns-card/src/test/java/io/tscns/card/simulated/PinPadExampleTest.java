package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedKeypad;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.WithSimulatedCard;
import java.util.function.Supplier;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

/** The tscns-card README's PIN-pad example, run on a simulated reader whose keypad a script types on. */
@WithSimulatedCard(seed = 42)
class PinPadExampleTest {

    @Test
    void thePinIsTypedOnTheReader(SimulatedReaders readers, CardTerminal reader, IssuedCard issued) {
        readers.terminals()
                .get(0)
                .attachKeypad(
                        SimulatedKeypad.create().type(new String(issued.pin().toCharArray())));
        Runnable tellTheUser = () -> {};
        Supplier<char[]> askTheUser = () -> {
            throw new AssertionError("a PIN-pad reader asks the PIN itself");
        };
        // tag::pinpad[]
        try (CnsCard card = PcscCards.open(reader)) {
            VerificationResult result;
            if (card.hasPinPad()) {                      // PC/SC part 10: the reader has a keypad
                tellTheUser.run();                       // "Enter the PIN on the reader"
                result = card.verifyPinOnReader();       // the PIN never reaches this computer
            } else {
                try (Pin pin = Pin.parse(askTheUser.get())) {
                    result = card.verifyPin(pin);
                }
            }
            assertInstanceOf(VerificationResult.Accepted.class, result);
        }
        // end::pinpad[]
    }
}
