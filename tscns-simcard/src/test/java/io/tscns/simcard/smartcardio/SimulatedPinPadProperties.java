package io.tscns.simcard.smartcardio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.TestCards;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The simulated PIN-pad reader's own decoding on any structure bytes, and where it puts the digits. */
class SimulatedPinPadProperties {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * Any structure with either PIN code gets a status word, never an exception: random bytes, and random headers
     * whose template length is right so that the reader reads on into the template.
     */
    @Property(tries = 300)
    void anyStructureGetsAStatusWord(
            @ForAll @Size(max = 60) byte[] bytes, @ForAll boolean modify, @ForAll boolean lengthRight)
            throws CardException {
        SimulatedKeypad keypad = SimulatedKeypad.create();
        Card card = SimulatedPinPadTest.connect(TestCards.card(), keypad);
        keypad.type(TestCards.PIN).type(TestCards.PIN).type(TestCards.PIN);
        int header = modify ? 24 : 19;
        byte[] structure = bytes.clone();
        if (lengthRight && structure.length >= header) {
            ByteBuffer.wrap(structure, header - 4, 4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(structure.length - header);
        }
        int code = modify ? SimulatedPinPadTest.modifyCode(card) : SimulatedPinPadTest.verifyCode(card);
        byte[] answer = card.transmitControlCommand(code, structure);
        assertTrue(answer.length >= 2);
    }

    @Property(tries = 200)
    void theDigitsLandAtTheOffsetAndThePaddingStays(@ForAll @IntRange(min = 5, max = 8) int length)
            throws CardException {
        SimulatedKeypad keypad = SimulatedKeypad.create();
        Card card = SimulatedPinPadTest.connect(TestCards.card(), keypad);
        String digits = "12345678".substring(0, length);
        keypad.type(digits);
        byte[] structure = SimulatedPinPadTest.verify("0020001008" + "FF".repeat(8));
        byte[] answer = card.transmitControlCommand(SimulatedPinPadTest.verifyCode(card), structure);
        // The card compares the 8-byte block: only the PIN 12345 with its FF padding is right.
        assertArrayEquals(HEX.parseHex(length == 5 ? "9000" : "63C2"), answer);
    }
}
