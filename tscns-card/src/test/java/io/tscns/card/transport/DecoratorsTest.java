package io.tscns.card.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.card.error.UnexpectedResponseException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DecoratorsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void getResponseCollectsEveryPieceAndKeepsTheFinalStatus() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00A40800041100110200", "6F026110")
                .expect("00C0000010", "80020190830211026102")
                .expect("00C0000002", "8A059000")
                .build();
        byte[] response = new GetResponseTransport(card).transmit(HEX.parseHex("00A40800041100110200"));
        assertEquals("6F0280020190830211028A059000", HEX.formatHex(response));
        card.assertComplete();
    }

    @Test
    void getResponseUsesTheLogicalChannelOfTheCommandAnd256ForSw6100() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("01B0000000", "6100")
                .expect("01C0000000", "AA9000")
                .build();
        assertEquals("AA9000", HEX.formatHex(new GetResponseTransport(card).transmit(HEX.parseHex("01B0000000"))));
    }

    @Test
    void getResponseGivesUpOnACardThatNeverStops() {
        CardTransport endless = command -> HEX.parseHex("016101");
        assertThrows(
                UnexpectedResponseException.class,
                () -> new GetResponseTransport(endless).transmit(HEX.parseHex("00B0000001")));
    }

    @Test
    void wrongLengthIsResentOnceWithTheOfferedLe() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00B0000000", "6C10")
                .expect("00B0000010", "00112233445566778899AABBCCDDEEFF9000")
                .build();
        byte[] response = new WrongLengthRetryTransport(card).transmit(HEX.parseHex("00B0000000"));
        assertEquals("00112233445566778899AABBCCDDEEFF9000", HEX.formatHex(response));
        card.assertComplete();
    }

    @Test
    void aSecondWrongLengthIsReturnedToTheCaller() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00840000FF", "6C20")
                .expect("0084000020", "6C08")
                .build();
        assertEquals("6C08", HEX.formatHex(new WrongLengthRetryTransport(card).transmit(HEX.parseHex("00840000FF"))));
    }

    @Test
    void chainingSplitsA257ByteDecipherLikeOpenSc() {
        // docs/pcsc.md §5: 10 2A 80 86 FF <255 bytes> then 00 2A 80 86 02 <2 bytes> 00.
        byte[] data = new byte[257];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        byte[] extended = io.tscns.card.apdu.CommandApdu.of(0x00, 0x2A, 0x80, 0x86, data, 256)
                .encode();
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("102A8086FF" + HEX.formatHex(Arrays.copyOf(data, 255)), "9000")
                .expect("002A808602" + HEX.formatHex(Arrays.copyOfRange(data, 255, 257)) + "00", "CAFE9000")
                .build();
        assertEquals("CAFE9000", HEX.formatHex(new CommandChainingTransport(card).transmit(extended)));
        card.assertComplete();
    }

    @Test
    void chainingStopsAtTheFirstRefusedPiece() {
        byte[] extended = io.tscns.card.apdu.CommandApdu.of(0x00, 0x2A, 0x80, 0x86, new byte[600], 0)
                .encode();
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("102A8086FF" + "00".repeat(255), "9000")
                .expect("102A8086FF" + "00".repeat(255), "6982")
                .build();
        assertEquals("6982", HEX.formatHex(new CommandChainingTransport(card).transmit(extended)));
        card.assertComplete();
    }

    @Test
    void chainingLeavesShortCommandsAlone() {
        ScriptedTransport card =
                ScriptedTransport.builder().expect("0022F1B803830101", "9000").build();
        assertEquals(
                "9000", HEX.formatHex(new CommandChainingTransport(card).transmit(HEX.parseHex("0022F1B803830101"))));
    }

    @Test
    void chainingSends510BytesInExactlyTwoPiecesAndWipesEveryPieceItHandedOn() {
        byte[] data = new byte[510];
        Arrays.fill(data, (byte) 0x5A);
        byte[] extended = io.tscns.card.apdu.CommandApdu.of(0x00, 0x2A, 0x80, 0x86, data, 0)
                .encode();
        java.util.List<byte[]> handedOn = new java.util.ArrayList<>();
        java.util.List<String> seen = new java.util.ArrayList<>();
        CardTransport card = command -> {
            handedOn.add(command);
            seen.add(HEX.formatHex(command));
            return HEX.parseHex("9000");
        };
        assertEquals("9000", HEX.formatHex(new CommandChainingTransport(card).transmit(extended)));
        assertEquals(java.util.List.of("102A8086FF" + "5A".repeat(255), "002A8086FF" + "5A".repeat(255)), seen);
        for (byte[] piece : handedOn) {
            assertArrayEquals(new byte[piece.length], piece, "a piece is wiped once the card has answered it");
        }
    }
}
