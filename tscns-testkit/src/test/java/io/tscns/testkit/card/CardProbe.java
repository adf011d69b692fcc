package io.tscns.testkit.card;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.core.Hex;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sends APDUs to a powered card in tests and reads the answers. */
final class CardProbe {

    private final SimulatedCard card;

    CardProbe(SimulatedCard card) {
        this.card = card;
        card.powerOn();
    }

    SimulatedCard card() {
        return card;
    }

    ResponseApdu send(String hex) {
        return ResponseApdu.parse(card.process(Hex.parse(hex)));
    }

    ResponseApdu send(CommandApdu command) {
        return ResponseApdu.parse(card.process(command.encode()));
    }

    ResponseApdu send(byte[] raw) {
        return ResponseApdu.parse(card.process(raw));
    }

    /** Sends and asserts the status word; returns the response data. */
    byte[] expect(int sw, String hex) {
        ResponseApdu response = send(hex);
        assertEquals(sw, response.sw(), () -> hex + " answered " + Integer.toHexString(response.sw()));
        return response.data();
    }

    byte[] expect(int sw, CommandApdu command) {
        ResponseApdu response = send(command);
        assertEquals(sw, response.sw(), () -> command + " answered " + Integer.toHexString(response.sw()));
        return response.data();
    }

    void verifyPin() {
        expect(0x9000, CommandApdu.of(0x00, 0x20, 0x00, 0x10, TestCards.padded(TestCards.PIN)));
    }
}
