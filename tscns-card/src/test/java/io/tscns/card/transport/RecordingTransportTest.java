package io.tscns.card.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exactly which bytes the recorder replaces: the data of the commands that carry a code (short and extended form,
 * malformed ones after the header), the output of PSO DECIPHER and the GET RESPONSE that continues it, and nothing
 * else; a signature is kept only when asked for.
 */
class RecordingTransportTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** A card that answers the given responses in order. */
    private static CardTransport answering(String... responses) {
        Deque<String> queue = new ArrayDeque<>(List.of(responses));
        return command -> HEX.parseHex(queue.removeFirst());
    }

    private static List<String> commands(Transcript transcript) {
        return transcript.exchanges().stream()
                .map(e -> HEX.formatHex(e.command()))
                .toList();
    }

    private static List<String> responses(Transcript transcript) {
        return transcript.exchanges().stream()
                .map(e -> HEX.formatHex(e.response()))
                .toList();
    }

    @Test
    void theDataOfACodeCommandIsReplacedInShortExtendedAndMalformedForms() {
        RecordingTransport recorder = new RecordingTransport(answering("9000", "9000", "6700", "63C2", "9000"));
        byte[] verify = HEX.parseHex("002000100831323334352A2A2A");
        recorder.transmit(verify);
        recorder.transmit(HEX.parseHex("0020001000000831323334352A2A2A"));
        recorder.transmit(HEX.parseHex("00200010053132"));
        recorder.transmit(HEX.parseHex("00200010"));
        recorder.transmit(HEX.parseHex("00A4080C0410001003"));

        assertEquals(
                List.of(
                        "00200010082A2A2A2A2A2A2A2A",
                        "00200010000008" + "2A".repeat(8),
                        "002000102A2A2A",
                        "00200010",
                        "00A4080C0410001003"),
                commands(recorder.transcript(new byte[] {0x3B, 0x00})));
        assertEquals("002000100831323334352A2A2A", HEX.formatHex(verify), "the card got the command untouched");
    }

    @Test
    void decipherOutputAndItsGetResponseAreReplacedButNotTheStatusWords() {
        RecordingTransport recorder = new RecordingTransport(answering("AABBCC6102", "DDEE9000", "11229000"));
        recorder.transmit(HEX.parseHex("002A80860300AABB00"));
        recorder.transmit(HEX.parseHex("00C0000002"));
        recorder.transmit(HEX.parseHex("00C0000002"));
        assertEquals(
                List.of("2A2A2A6102", "2A2A9000", "11229000"), responses(recorder.transcript(new byte[] {0x3B, 0x00})));
    }

    @Test
    void aSignatureIsKeptOnlyWhenAskedAndAcrossAChain() {
        // The padding-indicator byte 00, then the type-1 block 00 01 FF..FF 00 and the start of a DigestInfo.
        String block = "00" + "0001" + "FF".repeat(8) + "00" + "3021";
        String chained = "102A8086" + String.format("%02X", block.length() / 2) + block;
        String last = "002A808602ABCD00";
        RecordingTransport kept = RecordingTransport.keepingSignatures(answering("9000", "C0FFEE9000", "AABB9000"));
        kept.transmit(HEX.parseHex(chained));
        kept.transmit(HEX.parseHex(last));
        kept.transmit(HEX.parseHex("002A80860300AABB00")); // not a type-1 block: a decryption, redacted
        RecordingTransport redacted = new RecordingTransport(answering("9000", "C0FFEE9000"));
        redacted.transmit(HEX.parseHex(chained));
        redacted.transmit(HEX.parseHex(last));

        byte[] atr = {0x3B, 0x00};
        assertEquals(List.of("9000", "C0FFEE9000", "2A2A9000"), responses(kept.transcript(atr)));
        assertEquals(List.of("9000", "2A2A2A9000"), responses(redacted.transcript(atr)));
    }

    @Test
    void aSignatureBlockIsRecognisedInTheExtendedFormAndOnlyWhenWhole() {
        String block = "00" + "0001" + "FF".repeat(8);
        assertEquals(true, Redaction.signsWithDecipher(HEX.parseHex("002A8086" + "0B" + block)));
        assertEquals(true, Redaction.signsWithDecipher(HEX.parseHex("002A8086" + "00000B" + block)));
        assertEquals(false, Redaction.signsWithDecipher(HEX.parseHex("002A8086" + "0A" + block.substring(0, 20))));
        assertEquals(
                false, Redaction.signsWithDecipher(HEX.parseHex("002A8086" + "0B" + "000002" + block.substring(6))));
    }
}
