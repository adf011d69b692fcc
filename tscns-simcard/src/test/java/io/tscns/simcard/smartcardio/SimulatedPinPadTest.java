package io.tscns.simcard.smartcardio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.TestCards;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;

/**
 * The simulated PIN-pad reader, driven with structures written out by hand from the PC/SC part 10 layout
 * ({@code docs/pcsc.md §10}), independently of the SDK's encoders.
 */
class SimulatedPinPadTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int GET_FEATURE_REQUEST = 0x42000000 + 3400;
    /** bTimerOut, bTimerOut2, ASCII bytes left at 0, 8-byte block, no length, max 8 min 5, OK key, 1 message. */
    private static final String VERIFY_HEAD = "1E1E820800" + "0805" + "02" + "01" + "1004" + "00" + "000000";
    /** The same with offsets 0 and 8 and bConfirmPIN 03, three messages. */
    private static final String MODIFY_HEAD =
            "1E1E820800" + "0008" + "0805" + "03" + "02" + "03" + "1004" + "000102" + "000000";

    private final SimulatedKeypad keypad = SimulatedKeypad.create();
    private final SimulatedCard simulated = TestCards.card();

    private Card connect() throws CardException {
        return connect(simulated, keypad);
    }

    static Card connect(SimulatedCard simulated, SimulatedKeypad keypad) throws CardException {
        SimulatedReaders readers = SimulatedReaders.create("PIN pad");
        readers.terminal("PIN pad").insert(simulated);
        readers.terminal("PIN pad").attachKeypad(keypad);
        return readers.terminal("PIN pad").connect("T=1");
    }

    @Test
    void theFeatureListNamesVerifyAndModifyInTheEncodingItWasAskedIn() throws CardException {
        Card card = connect();
        byte[] linux = card.transmitControlCommand(GET_FEATURE_REQUEST, new byte[0]);
        assertEquals("06044200" + "0DB2" + "07044200" + "0DB3", HEX.formatHex(linux), "3506 and 3507");
        byte[] windows = card.transmitControlCommand(0x31 << 16 | 3400 << 2, new byte[0]);
        assertEquals("06040031" + "36C8" + "07040031" + "36CC", HEX.formatHex(windows));
        assertThrows(CardException.class, () -> card.transmitControlCommand(GET_FEATURE_REQUEST + 1, new byte[0]));
    }

    @Test
    void verifyInsertsTheTypedDigitsIntoTheTemplate() throws CardException {
        Card card = connect();
        keypad.type("99999").type(TestCards.PIN);
        byte[] structure = verify("0020001008" + "FF".repeat(8));
        assertEquals("63C2", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertEquals("9000", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertTrue(simulated.securityStatus().pinVerified());
    }

    @Test
    void theReadersOwnAnswers() throws CardException {
        Card card = connect();
        keypad.pressCancel().walkAway().type("1234").type("123456789");
        byte[] structure = verify("0020001008" + "FF".repeat(8));
        assertEquals("6401", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertEquals("6400", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertEquals("6403", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertEquals("6403", HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)));
        assertEquals(
                "6400",
                HEX.formatHex(card.transmitControlCommand(verifyCode(card), structure)),
                "nothing scripted left: nobody is at the keypad");
        byte[] bcd = structure.clone();
        bcd[2] = (byte) 0x81;
        assertEquals("6B80", HEX.formatHex(card.transmitControlCommand(verifyCode(card), bcd)));
        assertEquals(3, simulated.securityStatus().pinTriesLeft());
    }

    @Test
    void modifyAsksThreeCodesAndRefusesDifferentNewOnes() throws CardException {
        Card card = connect();
        keypad.type(TestCards.PIN)
                .type("24680")
                .type("24681")
                .type(TestCards.PIN)
                .type("24680")
                .type("24680");
        byte[] structure = modify("0024001010" + "FF".repeat(16));
        assertEquals("6402", HEX.formatHex(card.transmitControlCommand(modifyCode(card), structure)));
        assertEquals("9000", HEX.formatHex(card.transmitControlCommand(modifyCode(card), structure)));
        keypad.type("24680");
        assertEquals(
                "9000",
                HEX.formatHex(card.transmitControlCommand(verifyCode(card), verify("0020001008" + "FF".repeat(8)))));
        assertEquals(0, keypad.pending());
        assertEquals(7, keypad.requests());
    }

    @Test
    void aReaderWithoutKeypadHasNoControlCodes() throws CardException {
        SimulatedReaders readers = SimulatedReaders.create("Plain");
        readers.terminal("Plain").insert(simulated);
        Card card = readers.terminal("Plain").connect("*");
        assertThrows(CardException.class, () -> card.transmitControlCommand(GET_FEATURE_REQUEST, new byte[0]));
    }

    @Test
    void theKeypadNeverShowsItsDigits() {
        keypad.type("13579");
        assertFalse(keypad.toString().contains("13579"));
        assertThrows(IllegalArgumentException.class, () -> keypad.type("12a45"));
        keypad.clear();
        assertEquals(0, keypad.pending());
    }

    static byte[] verify(String template) {
        return structure(VERIFY_HEAD, template);
    }

    private static byte[] modify(String template) {
        return structure(MODIFY_HEAD, template);
    }

    private static byte[] structure(String head, String template) {
        byte[] apdu = HEX.parseHex(template);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEX.parseHex(head));
        out.writeBytes(new byte[] {(byte) apdu.length, 0, 0, 0});
        out.writeBytes(apdu);
        return out.toByteArray();
    }

    static int verifyCode(Card card) throws CardException {
        return feature(card, 0x06);
    }

    static int modifyCode(Card card) throws CardException {
        return feature(card, 0x07);
    }

    private static int feature(Card card, int tag) throws CardException {
        byte[] list = card.transmitControlCommand(GET_FEATURE_REQUEST, new byte[0]);
        for (int at = 0; at < list.length; at += 6) {
            if (list[at] == tag) {
                return (list[at + 2] & 0xFF) << 24
                        | (list[at + 3] & 0xFF) << 16
                        | (list[at + 4] & 0xFF) << 8
                        | list[at + 5] & 0xFF;
            }
        }
        throw new AssertionError("no feature " + tag);
    }
}
