package io.tscns.card.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.UnexpectedResponseException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The recorder redacts every PIN/PUK command's data and keeps the rest; transcripts round-trip through text. */
class TranscriptProperties {

    @Property
    void secretCommandDataIsReplacedAndEverythingElseKept(
            @ForAll("secretIns") int ins,
            @ForAll @IntRange(max = 255) int p2,
            @ForAll @Size(min = 1, max = 32) byte[] data) {
        byte[] command = new byte[5 + data.length];
        command[1] = (byte) ins;
        command[3] = (byte) p2;
        command[4] = (byte) data.length;
        System.arraycopy(data, 0, command, 5, data.length);
        RecordingTransport recorder = new RecordingTransport(c -> new byte[] {(byte) 0x90, 0x00});
        recorder.transmit(command);
        byte[] recorded =
                recorder.transcript(new byte[] {0x3B, 0x00}).exchanges().get(0).command();
        assertArrayEquals(Arrays.copyOf(command, 5), Arrays.copyOf(recorded, 5), "header and Lc kept");
        byte[] redacted = new byte[data.length];
        Arrays.fill(redacted, Transcript.REDACTED);
        assertArrayEquals(redacted, Arrays.copyOfRange(recorded, 5, recorded.length));
    }

    @Property
    void otherCommandsAreRecordedAsSent(
            @ForAll @Size(min = 4, max = 40) byte[] command, @ForAll @Size(min = 2, max = 40) byte[] response) {
        int ins = command[1] & 0xFE;
        if (ins == 0x20 || ins == 0x24 || ins == 0x2C || ins == 0x2A || ins == 0xC0) {
            return;
        }
        RecordingTransport recorder = new RecordingTransport(c -> response.clone());
        recorder.transmit(command);
        Transcript.Exchange exchange =
                recorder.transcript(new byte[] {0x3B, 0x00}).exchanges().get(0);
        assertArrayEquals(command, exchange.command());
        assertArrayEquals(response, exchange.response());
    }

    @Property
    void transcriptsRoundTripThroughText(
            @ForAll @Size(min = 2, max = 33) byte[] atr,
            @ForAll @Size(max = 5) List<@Size(min = 4, max = 30) byte[]> commands) {
        List<Transcript.Exchange> exchanges = commands.stream()
                .map(c -> new Transcript.Exchange(c, new byte[] {(byte) 0x90, 0x00}))
                .toList();
        Transcript transcript = new Transcript(atr, exchanges);
        assertEquals(transcript, Transcript.parse(transcript.toText()));
    }

    @Property
    void anyTextIsATranscriptOrATypedError(@ForAll String text) {
        try {
            Transcript.parse(Transcript.MAGIC + "\n# atr 3B00\n" + text);
        } catch (UnexpectedResponseException expected) {
            assertTrue(expected.getMessage().contains("transcript"), expected.getMessage());
        }
    }

    @Provide
    Arbitrary<Integer> secretIns() {
        return Arbitraries.of(0x20, 0x21, 0x24, 0x25, 0x2C, 0x2D);
    }
}
