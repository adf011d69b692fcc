package io.tscns.examples;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.simcard.smartcardio.SimulatedTerminal;
import java.nio.charset.StandardCharsets;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The simulated card on its own, as code that speaks {@code javax.smartcardio} sees it: issued by the card
 * factory, inserted into a simulated reader, read with plain APDUs, then pulled out by an injected fault.
 */
public final class SimulatedCardExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        String printed = Printed.by(SimulatedCardExample::read);
        if (!printed.matches("(?s)(6\\d{15}) = \\1\ncard removed: .*SCARD_W_REMOVED_CARD.*")) {
            throw new AssertionError("unexpected output: " + printed);
        }
    }

    private static void read() throws Exception {
        // tag::read[]
        // A consistent card for a holder: EF.ID_Carta, EF.Dati_personali, key pair, certificate, PIN, PUK and CIP.
        try (IssuedCard issued = CardFactory.standard().issue(CardHolder.example())) {
            SimulatedReaders readers = SimulatedReaders.create("Reader 0");
            SimulatedTerminal reader = readers.terminal("Reader 0");    // a javax.smartcardio CardTerminal
            reader.insert(issued.card());

            Card card = reader.connect("*");
            CardChannel channel = card.getBasicChannel();
            channel.transmit(new CommandAPDU(0x00, 0xA4, 0x08, 0x0C, new byte[] {0x10, 0x00, 0x10, 0x03}));
            ResponseAPDU cardId = channel.transmit(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16));  // EF.ID_Carta
            System.out.println(new String(cardId.getData(), StandardCharsets.US_ASCII) + " = " + issued.cardId());

            issued.card().injectFault(Fault.removeCardAt(1));   // the next APDU never gets an answer
            try {
                channel.transmit(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16));
            } catch (CardException removed) {
                System.out.println("card removed: " + removed.getMessage());
            }
        }
        // end::read[]
    }
}
