package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

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

    Response send(String hex) {
        return Response.of(card.process(HexFormat.of().parseHex(hex)));
    }

    Response send(byte[] command) {
        return Response.of(card.process(command));
    }

    /** Sends and asserts the status word; returns the response data. */
    byte[] expect(int sw, String hex) {
        Response response = send(hex);
        assertEquals(sw, response.sw(), () -> hex + " answered " + Integer.toHexString(response.sw()));
        return response.data();
    }

    byte[] expect(int sw, byte[] command) {
        Response response = send(command);
        assertEquals(
                sw,
                response.sw(),
                () -> HexFormat.of().formatHex(command) + " answered " + Integer.toHexString(response.sw()));
        return response.data();
    }

    void verifyPin() {
        expect(0x9000, CommandBytes.of(0x00, 0x20, 0x00, 0x10, TestCards.padded(TestCards.PIN)));
    }
}
